/**
 * Popup: open to first list paint with 1,000 and 10,000 cached scans (the popup's own performance mark
 * `scansight:first-list-paint`, ms since the popup page's navigation start), and the popup's JS heap
 * after opening over 10,000 (CDP Runtime.getHeapUsage after a forced GC). The cache is filled through
 * the project's cache module from an extension page (support/cached-session.ts), with the large scenario's facts.
 */
import type { Page } from 'playwright-core';
import type { BenchSession } from './support/bench-session.ts';
import { startCachedSession } from './support/cached-session.ts';
import { metric, type Metric } from './support/metric.ts';
import { syncNow } from '../e2e/support/background-hook.ts';
import { SCREEN_KEY } from '../src/background/views/kept-first-screen.ts';

const MARK = 'scansight:first-list-paint';

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
  const session = await startCachedSession(extensionPath, 'large');
  try {
    const out: Metric[] = [];
    let heap10k: number[] = [];
    for (const size of [1_000, 10_000]) {
      const started = Date.now();
      const facts = await session.fill({ latestOnly: size === 1_000 });
      log(`popup: cache filled with ${facts.scans.length} scans in ${Date.now() - started} ms`);
      await openPopupOnce(session); // warm-up: code cache, worker wake-up
      const paints: number[] = [];
      const heaps: number[] = [];
      for (let i = 0; i < runs; i++) {
        const run = await openPopupOnce(session);
        paints.push(run.paintMs);
        heaps.push(run.heapBytes / 1024 / 1024);
        log(`popup ${size}: first list paint ${run.paintMs.toFixed(1)} ms, heap ${(run.heapBytes / 1048576).toFixed(1)} MB, ${run.rows} rows in the DOM`);
      }
      out.push(metric(`popup: open to first list paint, ${size.toLocaleString('en')} cached scans`, 'ms', paints, {
        target: size === 10_000 ? { op: '<=', value: 150 } : null,
        note: `${facts.scans.length} scans with ${facts.scans.reduce((n, s) => n + s.jobs.length, 0)} jobs cached; mark startTime from the popup page's navigation start; one warm-up open not counted.`,
      }));
      if (size === 10_000) heap10k = heaps;
      // The common case in real use: the popup opened a while after the last sync, the worker stopped
      // by then (Chromium stops an idle one after ~30 s), so the open also starts the worker.
      const cold: number[] = [];
      for (let i = 0; i < runs; i++) {
        await session.ext.stopServiceWorker();
        const run = await openPopupOnce(session);
        cold.push(run.paintMs);
        log(`popup ${size}, worker stopped: first list paint ${run.paintMs.toFixed(1)} ms`);
      }
      out.push(metric(`popup: open to first list paint, ${size.toLocaleString('en')} cached scans, worker stopped before`, 'ms', cold, {
        note: 'As above, but the service worker stopped through CDP before each open: the open wakes it, and its rows memo is gone; the first screen kept in storage.session answers.',
      }));
      // The same with nothing kept: the first open in a browser session, or one after a change the
      // worker had no sync to follow (a mark, a setting) before it stopped.
      const unkept: number[] = [];
      for (let i = 0; i < runs; i++) {
        const worker = await session.ext.serviceWorker();
        await worker.evaluate(`chrome.storage.session.remove('${SCREEN_KEY}')`);
        await session.ext.stopServiceWorker();
        const run = await openPopupOnce(session);
        unkept.push(run.paintMs);
        log(`popup ${size}, worker stopped, nothing kept: first list paint ${run.paintMs.toFixed(1)} ms`);
      }
      out.push(metric(`popup: open to first list paint, ${size.toLocaleString('en')} cached scans, worker stopped, no kept first screen`, 'ms', unkept, {
        note: 'As above, with the kept first screen removed from storage.session before stopping the worker: the worker reads the cache for it.',
      }));
    }
    out.push(metric('popup: JS heap after opening, 10,000 cached scans', 'MB', heap10k, { note: 'CDP Runtime.getHeapUsage usedSize after HeapProfiler.collectGarbage, once the list has painted.' }));
    return out;
  } finally {
    await session.close();
  }
}
