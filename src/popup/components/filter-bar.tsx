/** Needs attention / Running / All, a search box, and the "every run" toggle. */
import type { ListFilter, PopupPrefs } from '../popup-prefs.ts';
import { t } from '../../platform/i18n.ts';

const FILTERS: ReadonlyArray<{ value: ListFilter; label: string }> = [
  { value: 'attention', label: 'popup_filterAttention' },
  { value: 'running', label: 'popup_filterRunning' },
  { value: 'all', label: 'popup_filterAll' },
];

interface Props {
  prefs: PopupPrefs;
  /** How many rows each filter would show (before search). */
  counts: Record<ListFilter, number>;
  onChange: (change: Partial<PopupPrefs>) => void;
}

/** Controlled by the remembered prefs. */
export function FilterBar({ prefs, counts, onChange }: Props) {
  return (
    <div class="filter-bar">
      <div class="filters" role="group" aria-label={t('popup_filterLabel')}>
        {FILTERS.map((filter) => (
          <button key={filter.value} type="button" class="filter" data-filter={filter.value} aria-pressed={prefs.filter === filter.value} onClick={() => onChange({ filter: filter.value })}>
            {t(filter.label)} <span class="filter-count">{counts[filter.value]}</span>
          </button>
        ))}
      </div>
      <input
        type="search"
        class="search"
        value={prefs.search}
        placeholder={t('popup_searchPlaceholder')}
        aria-label={t('popup_searchLabel')}
        maxLength={200}
        onInput={(event) => onChange({ search: (event.currentTarget as HTMLInputElement).value })}
      />
      <label class="all-runs">
        <input type="checkbox" checked={prefs.allRuns} onChange={(event) => onChange({ allRuns: (event.currentTarget as HTMLInputElement).checked })} />
        {t('popup_allRuns')}
      </label>
    </div>
  );
}
