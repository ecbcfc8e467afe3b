import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBase64Text } from './base64-text.ts';

const encode = (s: string) => Buffer.from(s, 'latin1').toString('base64');

describe('decodeBase64Text', () => {
  it('decodes base64 of readable text, with or without padding', () => {
    expect(decodeBase64Text(encode('export AWS_SECRET_ACCESS_KEY=abc\n'))).toBe('export AWS_SECRET_ACCESS_KEY=abc\n');
    expect(decodeBase64Text(encode('{"auths":{}}').replace(/=+$/, ''))).toBe('{"auths":{}}');
  });

  it('returns null for binary data, foreign characters and impossible lengths', () => {
    expect(decodeBase64Text(encode('\u0000\u0001\u0002\u00ff\u00fe\u0003\u0004\u0005'))).toBeNull();
    expect(decodeBase64Text('abc-def_')).toBeNull();
    expect(decodeBase64Text('abcde')).toBeNull();
  });

  it('agrees with Node on every printable ASCII string', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...' abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789=:/_-.{}"\n'), minLength: 1, maxLength: 200 }), (s) => {
      expect(decodeBase64Text(encode(s))).toBe(s);
    }));
  });
});
