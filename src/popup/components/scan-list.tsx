/**
 * The scan list: a windowed ARIA grid (only the rows in view are in the DOM, so 10,000 scans stay
 * fast), with roving focus: ↑/↓/Home/End move, Enter or Space expands, Escape collapses.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ScanRow, PopupState } from '../../messages.ts';
import { t } from '../../platform/i18n.ts';
import { listWindow, scrollToReveal } from '../virtual-window.ts';
import { ScanDetailPanel } from './scan-detail-panel.tsx';
import { ScanListRow } from './scan-list-row.tsx';

/** Fixed row height in px; must match `.scan-row` in popup.css. */
export const ROW_HEIGHT = 58;
const OVERSCAN = 6;
// Used until the real viewport is measured (and in DOMs without layout).
const FALLBACK_VIEWPORT = 430;

interface Props {
  rows: ScanRow[];
  /** The list's full length when `rows` holds only its first screen (else rows.length). */
  rowCount?: number;
  state: PopupState;
  stale: boolean;
  now: number;
  onChanged: () => void;
}

/** Renders `rows` (already filtered and sorted); one row at a time can be expanded. */
export function ScanList({ rows, rowCount, state, stale, now, onChanged }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [detailBox, setDetailBox] = useState<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  const [active, setActive] = useState(0);
  const [expandedId, setExpandedId] = useState<string | null>(null);
  const [extra, setExtra] = useState(0);
  // Index to focus once it is rendered (a ref, not the render's closure: effects may flush late).
  const focusPending = useRef<number | null>(null);

  const expandedIndex = expandedId === null ? -1 : rows.findIndex((row) => row.scanId === expandedId);
  const activeIndex = Math.min(active, Math.max(rows.length - 1, 0));
  const geometry = { count: rows.length, rowHeight: ROW_HEIGHT, scrollTop, viewport, overscan: OVERSCAN, expandedIndex, extra };
  const view = listWindow(geometry);

  useLayoutEffect(() => {
    const measured = scroller.current?.clientHeight ?? 0;
    if (measured > 0 && measured !== viewport) setViewport(measured);
  });

  // The detail panel's height feeds the window maths; it changes as the detail loads and expands.
  // When the panel scrolls out of the window it unmounts: its last height is kept.
  useEffect(() => {
    const box = detailBox;
    if (!box) return;
    const measure = () => {
      if (box.isConnected) setExtra(box.offsetHeight);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [detailBox]);

  useEffect(() => {
    const index = focusPending.current;
    if (index === null) return;
    const row = scroller.current?.querySelector<HTMLElement>(`[role="row"][data-index="${index}"]`);
    if (!row) return;
    focusPending.current = null;
    row.focus();
  });

  // The detail's height as laid out now. Its ResizeObserver reports only after layout, and a scroll event
  // can come first in the same frame (scrolling to a row below a detail that just grew): a window computed
  // from the old height then drops the expanded row, which unmounts its detail, shrinks the list and
  // clamps the scroll; the detail mounts again, reloads, grows, and the same scroll starts it all over.
  function onScroll(event: Event) {
    if (detailBox?.isConnected) setExtra(detailBox.offsetHeight);
    setScrollTop((event.currentTarget as HTMLElement).scrollTop);
  }

  function moveTo(index: number) {
    const target = Math.min(Math.max(index, 0), rows.length - 1);
    const nextTop = scrollToReveal(target, geometry);
    if (nextTop !== scrollTop && scroller.current) {
      scroller.current.scrollTop = nextTop;
      setScrollTop(nextTop);
    }
    setActive(target);
    focusPending.current = target;
  }

  function toggle(index: number) {
    const row = rows[index];
    if (!row) return;
    setActive(index);
    setExpandedId((current) => (current === row.scanId ? null : row.scanId));
  }

  function collapse() {
    if (expandedIndex < 0) return;
    setExpandedId(null);
    moveTo(expandedIndex);
  }

  function onKeyDown(event: KeyboardEvent) {
    const target = event.target as HTMLElement;
    if (event.key === 'Escape' && expandedIndex >= 0) {
      event.preventDefault();
      event.stopPropagation();
      return collapse();
    }
    // Only rows navigate: keys inside the detail (buttons, checkboxes) keep their own meaning.
    if (target.getAttribute('role') !== 'row') return;
    const index = Number(target.dataset.index);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(index + 1),
      ArrowUp: () => moveTo(index - 1),
      Home: () => moveTo(0),
      End: () => moveTo(rows.length - 1),
      PageDown: () => moveTo(index + Math.floor(viewport / ROW_HEIGHT)),
      PageUp: () => moveTo(index - Math.floor(viewport / ROW_HEIGHT)),
      Enter: () => toggle(index),
      ' ': () => toggle(index),
      ArrowRight: () => index !== expandedIndex && toggle(index),
      ArrowLeft: () => index === expandedIndex && collapse(),
    };
    const handler = keys[event.key];
    if (!handler) return;
    event.preventDefault();
    handler();
  }

  const rendered = rows.slice(view.start, view.end);
  return (
    <div
      ref={scroller}
      class={`scan-list${stale ? ' scan-list--stale' : ''}`}
      // A treegrid: each scan row expands into its detail row (aria-expanded is a treegrid row's state).
      role="treegrid"
      aria-label={stale ? t('popup_listLabelStale') : t('popup_listLabel')}
      aria-rowcount={rowCount ?? rows.length}
      aria-colcount={2}
      data-stale={stale ? 'true' : 'false'}
      onScroll={onScroll}
      onKeyDown={onKeyDown}
    >
      <div class="spacer" style={{ height: `${view.before}px` }} aria-hidden="true" />
      {rendered.map((row, offset) => {
        const index = view.start + offset;
        const expanded = index === expandedIndex;
        const detailId = `scan-detail-${index}`;
        return (
          <div role="rowgroup" key={row.scanId} class="scan-item">
            <ScanListRow row={row} index={index} expanded={expanded} active={index === activeIndex} now={now} detailId={detailId} onToggle={toggle} />
            {expanded && (
              <div role="row" aria-level={2} class="detail-row" ref={setDetailBox}>
                <div role="gridcell" aria-colspan={2} id={detailId}>
                  <ScanDetailPanel row={row} state={state} now={now} onChanged={onChanged} />
                </div>
              </div>
            )}
          </div>
        );
      })}
      <div class="spacer" style={{ height: `${view.after}px` }} aria-hidden="true" />
    </div>
  );
}
