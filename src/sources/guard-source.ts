/**
 * A source whose methods only ever throw `SourceError` (or the caller's own abort). A reply that got
 * past validation but breaks the mapping (a structure deeper or stranger than expected, a RangeError
 * from a recursive read) then fails like any bad reply — `invalid_response`, cache untouched — instead
 * of escaping as an unknown error that leaves a scan pending and fails every later sync.
 */
import { SourceError, type ScanSource } from './scan-source.ts';

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/** `error` as a SourceError: kept when it is one (or an abort), else `invalid_response` naming its kind only. */
export function asSourceError(error: unknown, method: string): unknown {
  if (error instanceof SourceError || isAbort(error)) return error;
  const kind = error instanceof Error ? error.name : typeof error;
  return new SourceError('invalid_response', `the reply to ${method} could not be read (${kind})`);
}

/** Wraps every method of `source` so that only SourceErrors (and aborts) leave it. */
export function guardSource(source: ScanSource): ScanSource {
  const guarded: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    guarded[key] =
      typeof value === 'function'
        ? async (...args: unknown[]) => {
            try {
              return await (value as (...a: unknown[]) => Promise<unknown>).apply(source, args);
            } catch (error) {
              throw asSourceError(error, key);
            }
          }
        : value;
  }
  return guarded as unknown as ScanSource;
}
