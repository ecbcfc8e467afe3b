/**
 * What "valid domain data" means, written independently of the adapters' valibot schemas so a test
 * can catch a schema that lets too much through: exact key sets, types, id and text limits.
 */
type Check = (value: unknown) => boolean;

const str = (max: number): Check => (v) => typeof v === 'string' && v.length <= max;
// Ids go into request paths: a dot segment (`..`) or a slash would steer a request elsewhere.
const id: Check = (v) => typeof v === 'string' && /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(v);
const text = str(10_000);
const longText = str(100_000);
const time = str(64);
const orNull = (c: Check): Check => (v) => v === null || c(v);
const int = (min: number): Check => (v) => typeof v === 'number' && Number.isInteger(v) && v >= min;
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);

function exactly(shape: Record<string, Check>): Check {
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const keys = Object.keys(value);
    if (keys.length !== Object.keys(shape).length) return false;
    return Object.entries(shape).every(([k, check]) => Object.hasOwn(value, k) && check((value as Record<string, unknown>)[k]));
  };
}

export const isProject = exactly({ id, name: text, kind: text, integrationId: orNull(id), dashboardUrl: orNull(text) });
export const isScan = exactly({
  id, projectId: id, name: text, kind: text, lifecycle: text, createdAt: time, updatedAt: time,
  submittedAt: orNull(time), startedAt: orNull(time), finishedAt: orNull(time), integrationId: orNull(id),
  jobCount: int(0), dashboardUrl: orNull(text), submissionError: orNull(text),
});
export const isJob = exactly({
  id, scanId: id, name: text, target: exactly({ account: orNull(text), region: orNull(text), service: orNull(text) }),
  scanner: text, status: text, attempt: int(1), startedAt: orNull(time), finishedAt: orNull(time), durationMs: orNull(num),
});
export const isErrorLog = exactly({ id, scanId: id, jobId: orNull(id), at: time, code: orNull(text), message: longText, detail: orNull(longText) });
export const isIntegration = exactly({ id, provider: text, name: text, createdAt: time, lastAuthStatus: text });

/** True when `items` is an array of which every element passes `check`. */
export const allValid = (items: unknown, check: Check): boolean => Array.isArray(items) && items.every(check);
