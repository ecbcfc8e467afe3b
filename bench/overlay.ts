/**
 * Overlay cost on the reference dashboard's Projects page (`?pageSize=k` so one page holds the rows):
 * every row is expanded in one task (bench/browser/overlay-probe.ts) and the page records when the
 * job rows entered the DOM, when the last annotation was added, the long tasks, and (CDP Performance
 * metrics) layouts and style recalculations. The same page is measured in a browser without the
 * extension in the same run: its render time (clicks to the next presented frame) is the baseline.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { findChromium } from '../e2e/support/find-chromium.ts';
import { waitUntil } from '../e2e/support/wait-until.ts';
import { bundleForPage } from './support/bundle-for-page.ts';
import { startCachedSession } from './support/cached-session.ts';
import type { ScenarioFacts } from './support/scenario-facts.ts';
import { baseline, median, metric, type Metric } from './support/metric.ts';
import type { ProbeResult } from './browser/overlay-probe.ts';

const SIZES = [36, 1_000, 10_000];
const QUIET_MS = 500;

interface Probe {
  __benchProbe: { expandAll(): number; rerenderRow(jobId: string): void; result(): ProbeResult | null };
}
interface RunFigures {
  annotateMs: number | null;
  renderMs: number;
  layouts: number;
  recalcs: number;
  longTaskMax: number;
  longTasks: number;
  rows: number;
}

/** Projects (in dashboard order) whose latest scans hold at least `rows` jobs, and the failed ones among them. */
function pageFor(facts: ScenarioFacts, rows: number): { projects: number; rows: number; failed: number } {
  const latest = new Map(facts.scans.map((s) => [s.scan.projectId, s]));
  let count = 0;
  let failed = 0;
  let projects = 0;
  for (const project of facts.projects) {
    if (count >= rows) break;
    projects++;
    const jobs = latest.get(project.id)?.jobs ?? [];
    count += jobs.length;
    failed += jobs.filter((j) => j.status === 'failed' || j.status === 'timed_out').length;
  }
  return { projects, rows: count, failed };
}

/** CDP Performance metrics of `page` (the domain stays enabled from the page's load, so counts accumulate). */
async function metrics(page: Page, context: BrowserContext): Promise<Record<string, number>> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    sessions.set(page, cdp);
  }
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}
const sessions = new WeakMap<Page, CDPSession>();

const probeResult = (page: Page) => page.evaluate(() => (globalThis as unknown as Probe).__benchProbe.result());

/** Waits until no annotation was added for QUIET_MS (and, with the extension, until `failed` rows are marked). */
async function settle(page: Page, failed: number | null): Promise<ProbeResult> {
  let last = -1;
  let stableSince = Date.now();
  return waitUntil(
    () => probeResult(page),
    (r) => {
      if (!r || r.rowsAt === null || r.frameAt === null || (failed !== null && (r.failedAnnotated < failed || r.lastPassAt === null))) return false;
      const latest = Math.max(r.lastAnnotationAt ?? 0, r.lastPassAt ?? 0);
      if (latest !== last) {
        last = latest;
        stableSince = Date.now();
        return false;
      }
      return Date.now() - stableSince >= QUIET_MS;
    },
    'the expanded rows and their annotations',
    { timeoutMs: 60_000, intervalMs: 100 },
  ) as Promise<ProbeResult>;
}

async function loadProjects(context: BrowserContext, url: string, projects: number, probe: string, withExtension: boolean): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(`${url}/app/projects?pageSize=${projects}`);
  await page.waitForFunction((n) => document.querySelectorAll('.accordion-item').length === n && !document.querySelector('.scan-status.loading'), projects, { timeout: 60_000 });
  if (withExtension) await page.waitForSelector('[data-scansight]', { state: 'attached', timeout: 30_000 });
  await metrics(page, context); // enables the CDP Performance domain before the measured expansion
  await page.waitForTimeout(QUIET_MS); // the overlay's first pass and the dashboard's first poll settle
  await page.evaluate(probe);
  return page;
}

async function expandRun(context: BrowserContext, page: Page, failed: number | null): Promise<RunFigures> {
  const before = await metrics(page, context);
  await page.evaluate(() => (globalThis as unknown as Probe).__benchProbe.expandAll());
  const r = await settle(page, failed);
  const after = await metrics(page, context);
  // With the extension: the later of the last annotation written and the overlay's end-of-pass mark.
  const end = failed === null ? r.frameAt! : Math.max(r.lastAnnotationAt ?? 0, r.lastPassAt ?? 0, r.rowsAt!);
  // Tasks that start once the rows are in: the overlay's chunks and the page's rendering of the new rows.
  const tasks = r.longTasks.filter((t) => t.start >= r.rowsAt! && t.start <= end);
  return {
    annotateMs: failed === null ? null : end - r.rowsAt!,
    renderMs: r.frameAt! - r.clickAt,
    layouts: (after.LayoutCount ?? 0) - (before.LayoutCount ?? 0),
    recalcs: (after.RecalcStyleCount ?? 0) - (before.RecalcStyleCount ?? 0),
    longTaskMax: Math.max(0, ...tasks.map((t) => t.duration)),
    longTasks: tasks.length,
    rows: r.rows,
  };
}

async function rerenderRuns(page: Page, runs: number): Promise<number[]> {
  const ids = await page.evaluate(() => [...document.querySelectorAll('tr[data-scansight="failed-job"]')].map((r) => r.getAttribute('data-job-id')!));
  if (ids.length === 0) throw new Error('re-annotation: no annotated failed job row on the page');
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const id = ids[i % ids.length]!;
    await page.evaluate((jobId) => (globalThis as unknown as Probe).__benchProbe.rerenderRow(jobId), id);
    await page.waitForFunction((jobId) => document.querySelector(`tr[data-job-id="${CSS.escape(jobId)}"]`)?.getAttribute('data-scansight') === 'failed-job', id, { timeout: 10_000 });
    await page.waitForTimeout(200);
    const r = (await probeResult(page))!;
    out.push(Math.max(r.lastAnnotationAt ?? 0, r.lastPassAt ?? 0) - r.rowsAt!);
  }
  return out;
}

/** Runs the overlay figures (`runs` page loads per size, with and without the extension). */
export async function measureOverlay(extensionPath: string, runs: number, log: (line: string) => void): Promise<Metric[]> {
  const session = await startCachedSession(extensionPath, 'large-latest');
  let plain: Browser | null = null;
  try {
    const facts = await session.fill();
    const probe = await bundleForPage(new URL('./browser/overlay-probe.ts', import.meta.url).pathname);
    plain = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
    const plainContext = await plain.newContext({ viewport: { width: 1280, height: 860 } });
    const out: Metric[] = [];
    for (const size of SIZES) {
      const target = pageFor(facts, size);
      const ext: RunFigures[] = [];
      const bare: RunFigures[] = [];
      let reannotate: number[] = [];
      for (let i = 0; i < runs; i++) {
        const page = await loadProjects(session.ext.context, session.server.url, target.projects, probe, true);
        const run = await expandRun(session.ext.context, page, target.failed);
        ext.push(run);
        if (size === 1_000 && i === runs - 1) reannotate = await rerenderRuns(page, runs);
        await page.close();
        const plainPage = await loadProjects(plainContext, session.server.url, target.projects, probe, false);
        bare.push(await expandRun(plainContext, plainPage, null));
        await plainPage.close();
        log(`overlay ${size}: ${run.rows} rows, annotate ${run.annotateMs?.toFixed(1)} ms, long tasks ${run.longTasks} (max ${run.longTaskMax.toFixed(0)} ms), layouts +${run.layouts}, recalcs +${run.recalcs}; page alone: render ${bare.at(-1)!.renderMs.toFixed(1)} ms, layouts +${bare.at(-1)!.layouts}, recalcs +${bare.at(-1)!.recalcs}`);
      }
      const label = `${target.rows.toLocaleString('en')} job rows (${target.projects} projects, ${target.failed} failed)`;
      const annotate = ext.map((r) => r.annotateMs!);
      const renders = bare.map((r) => r.renderMs);
      const budget = size === 1_000 ? 16 : size === 10_000 ? 150 : null;
      out.push(metric(`overlay: annotate ${label}`, 'ms', annotate, {
        target: budget === null ? null : { op: '<=', value: budget },
        baseline: baseline('page alone: render time, clicks to next frame', renders),
        note: 'From the job rows entering the DOM (main-world MutationObserver) to the later of the last annotation written and the overlay\'s end-of-pass mark `scansight:annotated`.',
      }));
      out.push(metric(`overlay: long tasks during annotation, ${size.toLocaleString('en')} rows (longest)`, 'ms', ext.map((r) => r.longTaskMax), {
        target: size === 10_000 ? { op: '<', value: 50 } : null,
        baseline: baseline('page alone: longest task after its rows are in, to its next frame', bare.map((r) => r.longTaskMax)),
        note: `Longest PerformanceObserver longtask entry starting between the rows entering the DOM and the end of annotation (the overlay's chunks, and the page's own style/layout of the new rows, which the Long Tasks API does not tell apart). Counts per run: ${ext.map((r) => r.longTasks).join(', ')} (page alone: ${bare.map((r) => r.longTasks).join(', ')}).`,
      }));
      out.push(metric(`overlay: extra layouts + style recalcs, ${size.toLocaleString('en')} rows`, 'count', ext.map((r, i) => r.layouts + r.recalcs - bare[i]!.layouts - bare[i]!.recalcs), {
        note: `CDP Performance.getMetrics LayoutCount + RecalcStyleCount deltas over the expansion, with the extension minus without. With: layouts ${median(ext.map((r) => r.layouts))}, recalcs ${median(ext.map((r) => r.recalcs))}; without: ${median(bare.map((r) => r.layouts))}, ${median(bare.map((r) => r.recalcs))} (medians).`,
      }));
      out.push(metric(`overlay: overhead ratio, ${size.toLocaleString('en')} rows (annotation ÷ page render)`, '%', annotate.map((a, i) => (100 * a) / renders[i]!), {
        target: { op: '<=', value: 10 },
        note: 'Per run: annotation time with the extension ÷ the same page\'s render time in a browser without it, same run.',
      }));
      if (reannotate.length) {
        out.push(metric('overlay: re-annotation after one row re-renders (1,000-row page)', 'ms', reannotate, {
          target: { op: '<=', value: 2 },
          note: 'A failed job row is replaced by a fresh copy of itself (as a framework re-render does); from the replacement to its annotation written.',
        }));
      }
    }
    return out;
  } finally {
    await plain?.close();
    await session.close();
  }
}
