/**
 * A small path-aware validator for untrusted input (API bodies, messages, stored settings). Its
 * calls follow valibot's names (`object`, `pipe`, `safeParse`…), but it stops at the first mismatch:
 * one issue, with the path to it (`data.3.status`) and what was expected there (`string`). A schema's
 * output is a fresh value holding only the declared keys, in the schema's order (loose objects keep
 * the rest); nothing is coerced.
 */

export type PathKey = string | number;

/** The first mismatch: where (outermost key first) and what the schema expected there. */
export class Issue {
  readonly path: PathKey[] = [];
  constructor(readonly expected: string) {}
}

export interface Schema<T> {
  /** What this schema accepts, in words, for issues. */
  readonly expects: string;
  /** Returns the validated output or throws an Issue. */
  readonly run: (input: unknown) => T;
  /** Set when the key may be missing from an object (optional, nullish). */
  readonly opt?: boolean;
}
/** Type-level mark of a schema whose key may be absent from the output. */
type MayBeAbsent = { readonly opt: true };

export type GenericSchema = Schema<unknown>;
export type InferOutput<S> = S extends Schema<infer T> ? T : never;

/** A check inside `pipe`: throws an Issue naming the requirement when `value` misses it. */
export interface Check<T> {
  readonly expects: string;
  readonly run: (value: T) => unknown;
}

export type SafeParseResult<T> = { success: true; output: T; issues?: undefined } | { success: false; output?: undefined; issues: [Issue] };

function fail(expected: string, key?: PathKey): never {
  const issue = new Issue(expected);
  if (key !== undefined) issue.path.push(key);
  throw issue;
}

/** Runs `schema` on a member, prefixing the member's key to the path of any issue. */
function inside<T>(key: PathKey, schema: Schema<T>, input: unknown): T {
  try {
    return schema.run(input);
  } catch (error) {
    if (error instanceof Issue) error.path.unshift(key);
    throw error;
  }
}

/** A schema (or a `pipe` check) accepting what `ok` accepts; `expects` names it in issues. */
export function check<T>(ok: (value: T) => boolean, expects: string): Schema<T> & Check<T> {
  return { expects, run: (value) => (ok(value as T) ? (value as T) : fail(expects)) };
}

const typed = <T>(expects: string, ok: (input: unknown) => boolean) => () => check(ok, expects) as Schema<T>;

export const string = typed<string>('string', (x) => typeof x == 'string');
export const boolean = typed<boolean>('boolean', (x) => typeof x == 'boolean');
/** Any number but NaN (JSON cannot send NaN; a structured-cloned message can). */
export const number = typed<number>('number', (x) => typeof x == 'number' && x === x);
export const unknown = typed<unknown>('any value', () => true);

/** One of `options` (strings compared with ===). */
export const picklist = <const T extends readonly string[]>(options: T) =>
  check((x) => options.includes(x as string), options.map((option) => `"${option}"`).join(' | ')) as Schema<T[number]>;

export const literal = <const T extends string>(value: T): Schema<T> => picklist([value]);

/** The first of `schemas` that accepts the input. */
export function union<const S extends readonly GenericSchema[]>(schemas: S): Schema<InferOutput<S[number]>> {
  const expects = schemas.map((schema) => schema.expects).join(' | ');
  return {
    expects,
    run(input) {
      for (const schema of schemas) {
        try {
          return schema.run(input) as InferOutput<S[number]>;
        } catch (error) {
          if (!(error instanceof Issue)) throw error;
        }
      }
      return fail(expects);
    },
  };
}

export function array<S extends GenericSchema>(item: S): Schema<Array<InferOutput<S>>> {
  return {
    expects: 'array',
    run: (input) => (Array.isArray(input) ? Array.from(input, (value: unknown, i) => inside(i, item, value) as InferOutput<S>) : fail('array')),
  };
}

type Entries = Record<string, GenericSchema>;
type Flat<T> = { [K in keyof T]: T[K] } & {};
type ObjectOutput<E extends Entries> = Flat<
  { -readonly [K in keyof E as E[K] extends MayBeAbsent ? never : K]: InferOutput<E[K]> } & {
    -readonly [K in keyof E as E[K] extends MayBeAbsent ? K : never]?: InferOutput<E[K]>;
  }
>;
export interface ObjectSchema<E extends Entries, T = ObjectOutput<E>> extends Schema<T> {
  readonly entries: E;
}

// Never copied from a loose object's extra members.
const UNSAFE_KEYS = ['__proto__', 'prototype', 'constructor'];

/**
 * Any non-null object. Declared keys only, in `entries` order; a missing key fails unless its schema
 * is optional (then it gets the schema's default, or stays absent). `rest`: what becomes of other keys.
 */
function shape<E extends Entries, T>(entries: E, rest: 'strip' | 'reject' | 'keep'): ObjectSchema<E, T> {
  const keys = Object.keys(entries);
  return {
    expects: 'object',
    entries,
    run(input) {
      if (!input || typeof input != 'object') fail('object');
      const source = input as Record<string, unknown>;
      const output: Record<string, unknown> = {};
      for (const key of keys) {
        const schema = entries[key]!;
        if (key in source) output[key] = inside(key, schema, source[key]);
        else if (!schema.opt) fail(schema.expects, key);
        else if ((output[key] = schema.run(undefined)) === undefined) delete output[key];
      }
      if (rest != 'strip') {
        for (const key in source) {
          if (Object.hasOwn(entries, key)) continue;
          if (rest == 'reject') fail('no such key', key);
          if (Object.hasOwn(source, key) && !UNSAFE_KEYS.includes(key)) output[key] = source[key];
        }
      }
      return output as T;
    },
  };
}

export const object = <E extends Entries>(entries: E) => shape<E, ObjectOutput<E>>(entries, 'strip');
/** Unknown keys are an issue. */
export const strictObject = <E extends Entries>(entries: E) => shape<E, ObjectOutput<E>>(entries, 'reject');
/** Unknown keys are kept as they are (not validated). */
export const looseObject = <E extends Entries>(entries: E) => shape<E, ObjectOutput<E> & Record<string, unknown>>(entries, 'keep');

function maybe(schema: GenericSchema, skip: (input: unknown) => boolean, fallback: unknown, opt: boolean): Schema<unknown> {
  return { expects: schema.expects, opt, run: (input) => (skip(input) ? (fallback === undefined ? input : fallback) : schema.run(input)) };
}

/** `undefined` (or a missing key) gives `fallback`, else undefined. */
export function optional<T>(schema: Schema<T>): Schema<T | undefined> & MayBeAbsent;
export function optional<T, const D>(schema: Schema<T>, fallback: D): Schema<T | D>;
export function optional(schema: GenericSchema, fallback?: unknown) {
  return maybe(schema, (x) => x === undefined, fallback, true);
}

/** `null` gives `fallback`, else null; the key must be present. */
export function nullable<T>(schema: Schema<T>): Schema<T | null> {
  return maybe(schema, (x) => x === null, undefined, false) as Schema<T | null>;
}

/** `null`, `undefined` or a missing key gives `fallback`. */
export function nullish<T, const D>(schema: Schema<T>, fallback: D): Schema<T | D> {
  return maybe(schema, (x) => x == null, fallback, true) as Schema<T | D>;
}

/** `schema`, then each check in order; the first failed check is the issue. */
export function pipe<T>(schema: Schema<T>, ...checks: Array<Check<NoInfer<T>>>): Schema<T> {
  return {
    expects: schema.expects,
    run(input) {
      const value = schema.run(input);
      for (const c of checks) c.run(value);
      return value;
    },
  };
}

export const maxLength = (n: number) => check<{ length: number }>((x) => x.length <= n, `at most ${n} long`);
export const minLength = (n: number) => check<{ length: number }>((x) => x.length >= n, `at least ${n} long`);
export const minValue = (n: number) => check<number>((x) => x >= n, `>= ${n}`);
export const maxValue = (n: number) => check<number>((x) => x <= n, `<= ${n}`);
export const integer = () => check(Number.isInteger, 'an integer');
export const finite = () => check(Number.isFinite, 'a finite number');
export const regex = (pattern: RegExp) => check<string>((x) => pattern.test(x), `to match ${pattern}`);
/** valibot's isoTimestamp: date, `T` or space, time with optional fraction, then `Z` or an offset. */
const ISO_TIMESTAMP =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{1,9})?(?:Z| ?[+-](?:0\d|1\d|2[0-3])(?::?[0-5]\d)?)$/u;
export const isoTimestamp = () => check<string>((x) => ISO_TIMESTAMP.test(x), 'an ISO timestamp');

/** Validates `input`; the issue, not an exception, when it does not match. */
export function safeParse<S extends GenericSchema>(schema: S, input: unknown): SafeParseResult<InferOutput<S>> {
  try {
    return { success: true, output: schema.run(input) as InferOutput<S> };
  } catch (error) {
    if (error instanceof Issue) return { success: false, issues: [error] };
    throw error;
  }
}

export const is = <S extends GenericSchema>(schema: S, input: unknown): input is InferOutput<S> => safeParse(schema, input).success;

/** `data.3.status`; null for an issue at the root. */
export const getDotPath = (issue: Issue): string | null => issue.path.join('.') || null;
