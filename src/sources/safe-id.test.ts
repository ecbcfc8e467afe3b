import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { idSegment, isSafeId, SafeId } from './safe-id.ts';
import { SourceError } from './scan-source.ts';
import { checkProperty } from '../testing/check-property.ts';

const BASE = 'https://api.example.test/base/';

/** Strings built to hit dot segments, encoded dots, slashes and backslashes as well as plain noise. */
const trickyId = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.array(fc.constantFrom('.', '..', '/', '\\', '%2e', '%2E', '%2f', 'a', '1', ':', '-', '_', '?', '#', ' '), { maxLength: 6 }).map((p) => p.join('')),
);

describe('isSafeId', () => {
  it.each(['s-1', 'p-key', 'a0000000-0000-4000-8000-000000000001', 'task-s-12', 'e-1-submit', 'ns:item.v2', 'A', '9'.repeat(128)])(
    'accepts %s',
    (id) => expect(isSafeId(id)).toBe(true),
  );

  it.each(['', '.', '..', '../x', 'a/b', '..%2f', '%2e%2e', '.hidden', '-x', 'a b', 'a?b', 'a#b', 'a\\b', 'é', '9'.repeat(129)])(
    'rejects %j',
    (id) => expect(isSafeId(id)).toBe(false),
  );

  it('is what the wire schema checks', () => {
    expect(v.safeParse(SafeId, '..').success).toBe(false);
    expect(v.safeParse(SafeId, 's-1').success).toBe(true);
  });
});

describe('idSegment', () => {
  it('refuses a dot segment with a SourceError', () => {
    for (const id of ['.', '..', '../jobs']) expect(() => idSegment(id)).toThrow(SourceError);
  });

  it('a path built from any id stays the one path it names, or is refused', async (ctx) => {
    await checkProperty(ctx, 'source ids: request paths', fc.property(trickyId, (id) => {
      let segment: string;
      try {
        segment = idSegment(id);
      } catch (error) {
        expect(error).toBeInstanceOf(SourceError);
        expect(isSafeId(id)).toBe(false);
        return;
      }
      const url = new URL(`api/v1/scans/${segment}/jobs`, BASE);
      const parts = url.pathname.split('/');
      expect(parts.slice(0, 5)).toEqual(['', 'base', 'api', 'v1', 'scans']);
      expect(parts.slice(6)).toEqual(['jobs']);
      expect(decodeURIComponent(parts[5]!)).toBe(id);
      expect(url.search + url.hash).toBe('');
    }));
  });
});
