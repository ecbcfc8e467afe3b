/**
 * Popup: open to first list paint with 1,000 and 10,000 cached scans (the popup's own performance mark
 * `scansight:first-list-paint`, ms since the popup page's navigation start), and the popup's JS heap
 * after opening over 10,000 (CDP Runtime.getHeapUsage after a forced GC). The cache is filled through
 * the project's cache module from an extension page (support/cached-session.ts), with the large scenario's facts.
 */
import type { Page } from 'playwright-core';
import type { BenchSession } from './support/bench-session.ts';
import { startCachedSession } from './support/cached-session.ts';
import { median, metric, type Metric } from './support/metric.ts';
import { syncNow } from '../e2e/support/background-hook.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DB_NAME, VIEW_KEY, VIEW_STORE } from '../src/popup-view.ts';

const MARK = 'scansight:first-list-paint';
const BLANK_MARK = 'bench:blank-paint';

/**
 * A blank extension page, the same-run floor: its script marks the first frame after load the way
 * Preact runs the popup's effects (a frame, then a task). Written into the unpacked bench build only.
 */
function addBlankPage(extensionPath: string): string {
  writeFileSync(join(extensionPath, 'bench-blank.html'), '<!doctype html><meta charset="utf-8"><title>blank</title><script type="module" src="bench-blank.js"></script>');
  writeFileSync(join(extensionPath, 'bench-blank.js'), `requestAnimationFrame(() => setTimeout(() => performance.mark('${BLANK_MARK}')));`);
  return 'bench-blank.html';
}

/** The first paint of the blank extension page, ms from its navigation start. */
async function openBlankOnce(session: BenchSession, path: string): Promise<number> {
  const page = await session.ext.context.newPage();
  await page.setViewportSize({ width: 600, height: 600 });
  await page.goto(session.ext.extensionUrl(path));
  const handle = await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? null, BLANK_MARK, { timeout: 60_000 });
  const ms = (await handle.jsonValue()) as number;
  await page.close();
  return ms;
}

/** Deletes the popup's stored view, from the worker (as a database that has none yet). */
const DROP_VIEW = `new Promise((resolve, reject) => { const open = indexedDB.open('${CACHE_DB_NAME}'); open.onerror = reject; open.onsuccess = () => { const tx = open.result.transaction('${VIEW_STORE}', 'readwrite'); tx.objectStore('${VIEW_STORE}').delete('${VIEW_KEY}'); tx.oncomplete = () => { open.result.close(); resolve(true); }; tx.onerror = reject; }; })`;

async function openPopupOnce(session: BenchSession): Promise<{ paintMs: number; heapBytes: number; rows: number }> {
  const page: Page = await session.ext.context.newPage();
  await page.setViewportSize({ width: 600, height: 600 });
  await page.goto(session.ext.extensionUrl('src/popup/index.html'));
  const handle = await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? null, MARK, { timeout: 60_000 });
  const paintMs = (await handle.jsonValue()) as number;
  const rows = await page.locator('[role=row][data-scan-id]').count();
  const cdp = await session.ext.context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  await page.close();
  // The popup asks for a sync when it opens: let it finish so the next open starts from an idle worker.
  await syncNow(await session.ext.serviceWorker());
  return { paintMs, heapBytes: heap.usedSize, rows };
}

/** Runs the popup figures in their own session; `runs` measured opens per cache size after one warm-up. */
export async function measurePopup(extensionPath: string, runs: number, log: (line: string) => void): Promise<Metric[]> {
  const blankPath = addBlankPage(extensionPath);
  const session = await startCachedSession(extensionPath, 'large');
  try {
    const out: Metric[] = [];
    let heap10k: number[] = [];
    // The blank page in the same state as each popup open: worker awake, or worker just stopped.
    const blankAwake: number[] = [];
    const blankStopped: number[] = [];
    const floor = (blank: number[], state: string) => ({ name: `blank extension page, ${state}: first frame after load`, median: median(blank), min: Math.min(...blank), max: Math.max(...blank), runs: blank.length });
    for (const size of [1_000, 10_000]) {
      const started = Date.now();
      const facts = await session.fill({ latestOnly: size === 1_000 });
      log(`popup: cache filled with ${facts.scans.length} scans in ${Date.now() - started} ms`);
      // Warm-up: code cache, worker wake-up; its read of every row writes the popup's stored view.
      await openPopupOnce(session);
      const paints: number[] = [];
      const heaps: number[] = [];
      for (let i = 0; i < runs; i++) {
        blankAwake.push(await openBlankOnce(session, blankPath));
        const run = await openPopupOnce(session);
        paints.push(run.paintMs);
        heaps.push(run.heapBytes / 1024 / 1024);
        log(`popup ${size}: first list paint ${run.paintMs.toFixed(1)} ms (blank page ${blankAwake.at(-1)!.toFixed(1)} ms), heap ${(run.heapBytes / 1048576).toFixed(1)} MB, ${run.rows} rows in the DOM`);
      }
      // The common case in real use: the popup opened a while after the last sync, the worker stopped
      // by then (Chromium stops an idle one after ~30 s). The popup paints from its stored view.
      const cold: number[] = [];
      for (let i = 0; i < runs; i++) {
        await session.ext.stopServiceWorker();
        blankStopped.push(await openBlankOnce(session, blankPath));
        await session.ext.stopServiceWorker();
        const run = await openPopupOnce(session);
        cold.push(run.paintMs);
        log(`popup ${size}, worker stopped: first list paint ${run.paintMs.toFixed(1)} ms (blank page, worker stopped, ${blankStopped.at(-1)!.toFixed(1)} ms)`);
      }
      const tenK = size === 10_000;
      out.push(metric(`popup: open to first list paint, ${size.toLocaleString('en')} cached scans`, 'ms', paints, {
        target: tenK ? { op: '<=', value: 120 } : null,
        baseline: floor(blankAwake, 'worker awake'),
        note: `${facts.scans.length} scans with ${facts.scans.reduce((n, s) => n + s.jobs.length, 0)} jobs cached; the worker awake; mark startTime from the popup page's navigation start; one warm-up open not counted.`,
      }));
      out.push(metric(`popup: open to first list paint, ${size.toLocaleString('en')} cached scans, worker stopped before`, 'ms', cold, {
        target: tenK ? { op: '<=', value: 150 } : null,
        baseline: floor(blankStopped, 'worker stopped'),
        note: 'As above, the service worker stopped through CDP before each open: the popup paints from the view the worker stored, without waiting for it.',
      }));
      if (tenK) {
        heap10k = heaps;
        // The fallback: no stored view (a new cache the worker has not written one for, or a view with a search).
        const asked: number[] = [];
        for (let i = 0; i < runs; i++) {
          await (await session.ext.serviceWorker()).evaluate(DROP_VIEW);
          await session.ext.stopServiceWorker();
          const run = await openPopupOnce(session);
          asked.push(run.paintMs);
          log(`popup ${size}, worker stopped, no stored view: first list paint ${run.paintMs.toFixed(1)} ms`);
        }
        out.push(metric(`popup: open to first list paint, ${size.toLocaleString('en')} cached scans, worker stopped, no stored view`, 'ms', asked, {
          note: 'The stored view deleted before stopping the worker: the popup wakes it and asks it for the first screen (it reads the latest runs\' job facts).',
        }));
      }
    }
    out.push(metric('popup: JS heap after opening, 10,000 cached scans', 'MB', heap10k, { note: 'CDP Runtime.getHeapUsage usedSize after HeapProfiler.collectGarbage, once the list has painted.' }));
    return out;
  } finally {
    await session.close();
  }
}
