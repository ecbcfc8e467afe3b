import { describe, expect, it } from 'vitest';
import * as v from './shape.ts';

/** The dot path and expectation, or 'ok'. */
function verdict(schema: v.GenericSchema, input: unknown): string {
  const result = v.safeParse(schema, input);
  return result.success ? 'ok' : `${v.getDotPath(result.issues[0]) ?? '(root)'}: expected ${result.issues[0].expected}`;
}

describe('shape: primitives', () => {
  it.each([
    [v.string(), 'a', 1],
    [v.number(), 1.5, '1'],
    [v.number(), -Infinity, Number.NaN],
    [v.boolean(), false, 0],
    [v.literal('scans'), 'scans', 'scan'],
    [v.picklist(['a', 'b']), 'b', 'c'],
  ])('%o accepts %o, rejects %o', (schema, good, bad) => {
    expect(v.safeParse(schema, good)).toEqual({ success: true, output: good });
    expect(v.is(schema, bad)).toBe(false);
  });

  it('names what it expected', () => {
    expect(verdict(v.string(), 3)).toBe('(root): expected string');
    expect(verdict(v.picklist(['a', 'b']), 'c')).toBe('(root): expected "a" | "b"');
    expect(verdict(v.unknown(), undefined)).toBe('ok');
  });
});

describe('shape: checks in a pipe', () => {
  it.each([
    [v.pipe(v.string(), v.maxLength(2)), 'ab', 'abc', 'at most 2 long'],
    [v.pipe(v.string(), v.minLength(1)), 'a', '', 'at least 1 long'],
    [v.pipe(v.number(), v.integer(), v.minValue(1)), 1, 0, '>= 1'],
    [v.pipe(v.number(), v.integer()), 2, 2.5, 'an integer'],
    [v.pipe(v.number(), v.maxValue(5)), 5, 6, '<= 5'],
    [v.pipe(v.number(), v.finite()), 1e300, Infinity, 'a finite number'],
    [v.pipe(v.string(), v.regex(/^x+$/)), 'xx', 'xy', 'to match /^x+$/'],
    [v.pipe(v.string(), v.isoTimestamp()), '2026-11-22T06:00:00.123Z', 'yesterday', 'an ISO timestamp'],
    [v.pipe(v.string(), v.check((s) => s !== '..', 'not a dot segment')), '.', '..', 'not a dot segment'],
  ])('%#: the first failed check is the issue', (schema, good, bad, expected) => {
    expect(verdict(schema, good)).toBe('ok');
    expect(verdict(schema, bad)).toBe(`(root): expected ${expected}`);
  });

  it('the type comes before the checks', () => {
    expect(verdict(v.pipe(v.string(), v.maxLength(2)), 12)).toBe('(root): expected string');
  });
});

describe('shape: objects', () => {
  const scan = v.object({ id: v.string(), jobs: v.array(v.object({ status: v.string() })) });

  it('keeps only declared keys, in schema order, as a new object', () => {
    const input = { extra: 1, jobs: [{ status: 'ok', x: 2 }], id: 's1' };
    const output = v.safeParse(scan, input).output;
    expect(output).toEqual({ id: 's1', jobs: [{ status: 'ok' }] });
    expect(Object.keys(output!)).toEqual(['id', 'jobs']);
    expect(output).not.toBe(input);
  });

  it('names the path of the first mismatch, array indices included', () => {
    expect(verdict(scan, { id: 's1', jobs: [{ status: 'ok' }, { status: 'ok' }, {}] })).toBe('jobs.2.status: expected string');
    expect(verdict(scan, { id: 's1', jobs: [{ status: 'ok' }, { status: 3 }] })).toBe('jobs.1.status: expected string');
    expect(verdict(scan, { id: 's1', jobs: {} })).toBe('jobs: expected array');
    expect(verdict(scan, null)).toBe('(root): expected object');
    expect(verdict(scan, 'scan')).toBe('(root): expected object');
  });

  it('strict objects reject unknown keys, inherited names included', () => {
    const strict = v.strictObject({ scanId: v.string() });
    expect(verdict(strict, { scanId: 'a' })).toBe('ok');
    expect(verdict(strict, { scanId: 'a', other: 1 })).toBe('other: expected no such key');
    expect(verdict(strict, { scanId: 'a', toString: 1 })).toBe('toString: expected no such key');
  });

  it('loose objects keep own unknown keys, never prototype-polluting ones', () => {
    const loose = v.looseObject({ type: v.string() });
    const input = JSON.parse('{"type":"providers","attributes":{"a":1},"__proto__":{"polluted":true},"constructor":1}') as object;
    const output = v.safeParse(loose, input).output as Record<string, unknown>;
    expect(output).toEqual({ type: 'providers', attributes: { a: 1 } });
    expect(Object.hasOwn(output, '__proto__')).toBe(false);
    expect(Object.hasOwn(output, 'constructor')).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('exposes its entries', () => {
    expect(v.safeParse(scan.entries.id, 'x').success).toBe(true);
  });
});

describe('shape: optional, nullable, nullish, union', () => {
  const schema = v.object({
    opt: v.optional(v.string()),
    optDefault: v.optional(v.nullable(v.string()), null),
    nullable: v.nullable(v.number()),
    nullish: v.nullish(v.number(), null),
  });

  it('a missing optional key stays absent or takes its default; a nullable key must be present', () => {
    const output = v.safeParse(schema, { nullable: null }).output;
    expect(output).toEqual({ optDefault: null, nullable: null, nullish: null });
    expect(Object.hasOwn(output!, 'opt')).toBe(false);
    expect(verdict(schema, {})).toBe('nullable: expected number');
  });

  it('a present undefined is kept for optional, replaced for nullish; inner schemas still apply', () => {
    const output = v.safeParse(schema, { opt: undefined, nullable: 1, nullish: undefined }).output;
    expect(output).toEqual({ optDefault: null, nullable: 1, nullish: null });
    expect(Object.hasOwn(output!, 'opt')).toBe(true);
    expect(verdict(schema, { opt: 1, nullable: 1 })).toBe('opt: expected string');
    expect(verdict(schema, { nullable: 1, nullish: 'x' })).toBe('nullish: expected number');
  });

  it('a union takes the first branch that accepts, else names every branch', () => {
    const message = v.union([v.array(v.unknown()), v.string()]);
    expect(v.safeParse(message, ['a', 1]).output).toEqual(['a', 1]);
    expect(v.safeParse(message, 'boom').output).toBe('boom');
    expect(verdict(message, 3)).toBe('(root): expected array | string');
  });

  it('a bug in a check is not mistaken for a mismatch', () => {
    const broken = v.pipe(v.string(), v.check(() => { throw new TypeError('bug'); }, 'never'));
    expect(() => v.safeParse(broken, 'x')).toThrow(TypeError);
    expect(() => v.safeParse(v.union([broken]), 'x')).toThrow(TypeError);
    expect(() => v.safeParse(v.object({ a: broken }), { a: 'x' })).toThrow(TypeError);
  });
});
