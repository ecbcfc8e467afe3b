/** The popup's remembered view: filter, search text and whether every run is shown. */
import type { ListFilter, PopupView } from '../messages.ts';
import { readLocalPref, writeLocalPref } from '../platform/local-prefs.ts';

export type { ListFilter };

/** The remembered view (filter, search, every run or only the latest), as the background's first screen takes it. */
export type PopupPrefs = PopupView;

export { sameView } from '../core/select-rows.ts';

export const DEFAULT_PREFS: Readonly<PopupPrefs> = { filter: 'all', search: '', allRuns: false };

const KEY = 'popup.prefs';
const FILTERS: readonly ListFilter[] = ['attention', 'running', 'all'];

/** Validates what storage gave back: anything malformed falls back to the default, field by field. */
export function parsePrefs(raw: unknown): PopupPrefs {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    filter: FILTERS.includes(value.filter as ListFilter) ? (value.filter as ListFilter) : DEFAULT_PREFS.filter,
    // Bounded so a corrupted store cannot make every keystroke scan a huge needle.
    search: typeof value.search === 'string' ? value.search.slice(0, 200) : DEFAULT_PREFS.search,
    allRuns: typeof value.allRuns === 'boolean' ? value.allRuns : DEFAULT_PREFS.allRuns,
  };
}

/** Reads the remembered prefs; defaults when storage fails (the popup must still open). */
export async function loadPopupPrefs(): Promise<PopupPrefs> {
  try {
    return parsePrefs(await readLocalPref(KEY));
  } catch {
    return { ...DEFAULT_PREFS };
  }
}

/** Remembers prefs for the next opening; a failed write only loses the memory, so it is swallowed. */
export async function savePopupPrefs(prefs: PopupPrefs): Promise<void> {
  try {
    await writeLocalPref(KEY, prefs);
  } catch {
    // Nothing useful to show the user: the view itself is unaffected.
  }
}
