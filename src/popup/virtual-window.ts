/**
 * Windowing for the scan list: fixed-height rows, at most one of them expanded by `extra` pixels
 * (its detail panel). Only the rows in view plus an overscan are rendered.
 */
export interface WindowInput {
  count: number;
  rowHeight: number;
  scrollTop: number;
  viewport: number;
  overscan: number;
  /** Index of the expanded row, or -1. */
  expandedIndex: number;
  /** Height of the expanded row's detail, added below it. */
  extra: number;
}

export interface ListWindow {
  /** First rendered index (inclusive). */
  start: number;
  /** Last rendered index (exclusive). */
  end: number;
  /** Space above the first rendered row. */
  before: number;
  /** Space below the last rendered row. */
  after: number;
  total: number;
}

/** Top offset of row `index`, counting the expanded row's detail when it lies above. */
export function rowTop(index: number, input: Pick<WindowInput, 'rowHeight' | 'expandedIndex' | 'extra'>): number {
  const shift = input.expandedIndex >= 0 && index > input.expandedIndex ? input.extra : 0;
  return index * input.rowHeight + shift;
}

/** Index of the row under vertical offset `y` (clamped to the list). */
function rowAt(y: number, input: WindowInput): number {
  const { rowHeight, expandedIndex, extra } = input;
  const expandedBottom = expandedIndex >= 0 ? (expandedIndex + 1) * rowHeight + extra : -1;
  const index =
    expandedIndex >= 0 && y >= expandedBottom
      ? expandedIndex + 1 + Math.floor((y - expandedBottom) / rowHeight)
      : expandedIndex >= 0 && y >= expandedIndex * rowHeight
        ? expandedIndex
        : Math.floor(y / rowHeight);
  return Math.min(Math.max(index, 0), Math.max(input.count - 1, 0));
}

/** The rows to render for the current scroll position. */
export function listWindow(input: WindowInput): ListWindow {
  const extra = input.expandedIndex >= 0 && input.expandedIndex < input.count ? Math.max(0, input.extra) : 0;
  const total = input.count * input.rowHeight + extra;
  if (input.count === 0) return { start: 0, end: 0, before: 0, after: 0, total: 0 };
  const normalized = { ...input, extra };
  const first = rowAt(Math.max(0, input.scrollTop), normalized);
  const last = rowAt(Math.max(0, input.scrollTop) + Math.max(input.viewport, input.rowHeight) - 1, normalized);
  const start = Math.max(0, first - input.overscan);
  const end = Math.min(input.count, last + 1 + input.overscan);
  const before = rowTop(start, normalized);
  const after = total - rowTop(end, normalized);
  return { start, end, before, after, total };
}

/** The scrollTop that brings row `index` fully into view, or the current one when it already is. */
export function scrollToReveal(index: number, input: WindowInput): number {
  const top = rowTop(index, input);
  if (top < input.scrollTop) return top;
  const bottom = top + input.rowHeight;
  if (bottom > input.scrollTop + input.viewport) return bottom - input.viewport;
  return input.scrollTop;
}
