/** The `ids` query parameter of `GET /scans/-/details`: comma-separated scan ids, 1 to {@link MAX_DETAIL_IDS}. */

/** Most scan ids one details request may name (keeps a response well under the 8 MiB a client accepts). */
export const MAX_DETAIL_IDS = 100;

/** Same rule as the clients' safe ids: a letter or digit first, then letters, digits, `.`, `_`, `:`, `-`. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export type ScanIdsResult = { ok: true; ids: string[] } | { ok: false; message: string };

/** The distinct ids of `raw`, in the order given, or a message saying what is wrong. */
export function parseScanIds(raw: string | null): ScanIdsResult {
  if (raw === null || raw === '') return { ok: false, message: 'ids is required: comma-separated scan ids' };
  const ids = [...new Set(raw.split(','))];
  if (ids.length > MAX_DETAIL_IDS) return { ok: false, message: `ids may name at most ${MAX_DETAIL_IDS} scans` };
  const bad = ids.find((id) => !ID.test(id));
  if (bad !== undefined) return { ok: false, message: `ids holds an invalid scan id: ${JSON.stringify(bad.slice(0, 40))}` };
  return { ok: true, ids };
}
