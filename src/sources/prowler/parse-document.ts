import * as v from 'valibot';
import { SourceError } from '../scan-source.ts';

/**
 * Validates a whole response body against its schema. On failure nothing of it is returned: a
 * `SourceError('invalid_response')` names the first offending paths, never the values (a token
 * response must not leak its token into a log).
 */
export function parseDocument<S extends v.GenericSchema>(schema: S, body: unknown, what: string): v.InferOutput<S> {
  const result = v.safeParse(schema, body);
  if (result.success) return result.output;
  const paths = result.issues
    .slice(0, 3)
    .map((issue) => `${v.getDotPath(issue) ?? '(root)'}: expected ${issue.expected ?? 'valid value'}`);
  throw new SourceError('invalid_response', `Prowler App sent an invalid ${what}: ${paths.join('; ')}`);
}
