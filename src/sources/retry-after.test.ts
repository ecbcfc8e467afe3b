import { describe, expect, it } from 'vitest';
import { parsePollInterval, parseRetryAfter } from './retry-after.ts';
import { isAllowedApiUrl } from './api-origin.ts';

const now = Date.parse('2026-01-01T00:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Thu, 01 Jan 2026 00:01:00 GMT', 60_000],
    ['Wed, 31 Dec 2025 23:00:00 GMT', 0],
  ])('%s → %d ms', (header, ms) => {
    expect(parseRetryAfter(header, now)).toBe(ms);
  });

  it.each([null, '', 'soon', '-5', '1.5'])('%s → undefined', (header) => {
    expect(parseRetryAfter(header, now)).toBeUndefined();
  });
});

describe('parsePollInterval', () => {
  it.each([
    ['60', 60_000],
    ['0.5', 500],
    ['0', undefined],
    ['x', undefined],
    [null, undefined],
  ])('%s → %s', (header, ms) => {
    expect(parsePollInterval(header)).toBe(ms);
  });
});

describe('isAllowedApiUrl', () => {
  it.each([
    ['https://scans.example.com/', true],
    ['http://127.0.0.1:8080', true],
    ['http://localhost:3000/api', true],
    ['http://scans.example.com', false],
    ['https://user:pw@scans.example.com', false],
    ['ftp://example.com', false],
    ['not a url', false],
  ])('%s → %s', (url, ok) => {
    expect(isAllowedApiUrl(url)).toBe(ok);
  });
});
