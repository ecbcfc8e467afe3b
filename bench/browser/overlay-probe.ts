/**
 * Runs in the dashboard page's main world (bundled by bench/support/bundle-for-page.ts): expands every
 * project row in one task and records, with performance.now(), when the job rows entered the DOM
 * (a MutationObserver), when the page's next frame was presented (rAF + setTimeout after the clicks),
 * the last mutation that added or marked a ScanSight annotation, the overlay's own end-of-pass marks
 * (performance marks are shared with the content script's isolated world), and the long tasks (≥ 50 ms).
 */
/** What one expansion measured (read by bench/overlay.ts). */
export interface ProbeResult {
  clickAt: number;
  rowsAt: number | null;
  frameAt: number | null;
  lastAnnotationAt: number | null;
  /** The overlay's last `scansight:annotated` mark (end of a pass) after the rows entered the DOM. */
  lastPassAt: number | null;
  rows: number;
  failedAnnotated: number;
  longTasks: Array<{ start: number; duration: number }>;
}

const longTasks: Array<{ start: number; duration: number }> = [];
let probe: ProbeResult | null = null;

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

const isOurs = (node: Node) => node instanceof Element && (node.hasAttribute('data-scansight') || node.querySelector('[data-scansight]') !== null);

new MutationObserver((records) => {
  if (!probe) return;
  const now = performance.now();
  for (const record of records) {
    if (record.type === 'attributes' ? record.attributeName === 'data-scansight' : [...record.addedNodes].some(isOurs)) probe.lastAnnotationAt = now;
    if (probe.rowsAt === null && [...record.addedNodes].some((n) => n instanceof Element && n.querySelector('tr[data-job-id]'))) probe.rowsAt = now;
  }
}).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-scansight'] });

/** Clicks every collapsed row toggle in one task. */
function expandAll(): number {
  const toggles = [...document.querySelectorAll<HTMLButtonElement>('.accordion-toggle[aria-expanded="false"]:not([disabled])')];
  probe = { clickAt: performance.now(), rowsAt: null, frameAt: null, lastAnnotationAt: null, lastPassAt: null, rows: 0, failedAnnotated: 0, longTasks: [] };
  const mine = probe;
  for (const toggle of toggles) toggle.click();
  requestAnimationFrame(() => setTimeout(() => (mine.frameAt = performance.now())));
  return toggles.length;
}

/** Re-renders one job row as a framework does: a fresh element with the same data replaces it. */
function rerenderRow(jobId: string): void {
  const row = document.querySelector(`tr[data-job-id="${CSS.escape(jobId)}"]`);
  if (!row) throw new Error(`no row ${jobId}`);
  const fresh = row.cloneNode(true) as Element;
  fresh.removeAttribute('data-scansight');
  for (const added of fresh.querySelectorAll('[data-scansight-added]')) added.remove();
  probe = { clickAt: performance.now(), rowsAt: null, frameAt: null, lastAnnotationAt: null, lastPassAt: null, rows: 1, failedAnnotated: 0, longTasks: [] };
  row.replaceWith(fresh);
  probe.rowsAt = performance.now();
}

function result(): ProbeResult | null {
  if (!probe) return null;
  const since = probe.rowsAt ?? Infinity;
  const passes = performance.getEntriesByName('scansight:annotated').filter((m) => m.startTime >= since);
  return {
    ...probe,
    lastPassAt: passes.at(-1)?.startTime ?? null,
    rows: document.querySelectorAll('tr[data-job-id]').length,
    failedAnnotated: document.querySelectorAll('tr[data-job-id][data-scansight="failed-job"]').length,
    longTasks: longTasks.filter((t) => t.start + t.duration >= probe!.clickAt),
  };
}

(globalThis as { __benchProbe?: unknown }).__benchProbe = { expandAll, rerenderRow, result };
