/**
 * `npm run bench`: builds the extension (production for the bundle sizes, e2e for the browser runs),
 * measures every figure of issue 9 in headless Chromium against the reference server, prints the table,
 * writes bench/results.json and refreshes the table in bench/README.md.
 *
 * BENCH_RUNS=<n> (default 5, at least 5 for a figure worth reporting); BENCH_ONLY=bundle,worker,overlay,popup,sync.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExtension } from '../e2e/support/build-extension.ts';
import { measureBundleSizes } from './bundle-sizes.ts';
import { measureOverlay } from './overlay.ts';
import { measurePopup } from './popup.ts';
import { measureSync } from './sync.ts';
import { measureWorker } from './worker.ts';
import type { Metric } from './support/metric.ts';
import { markdownTable, textTable } from './support/print-table.ts';

const HERE = new URL('.', import.meta.url).pathname;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const ONLY = new Set((process.env.BENCH_ONLY ?? 'bundle,worker,overlay,popup,sync').split(','));
const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

async function main(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'scansight-bench-'));
  const production = join(out, 'dist');
  const e2e = join(out, 'dist-e2e');
  const metrics: Metric[] = [];
  try {
    if (ONLY.has('bundle')) {
      buildExtension({ outDir: production, browser: 'chrome', mode: 'production' });
      metrics.push(...measureBundleSizes(production));
      log('bundle sizes measured');
    }
    if (ONLY.has('worker') || ONLY.has('overlay') || ONLY.has('popup') || ONLY.has('sync')) {
      buildExtension({ outDir: e2e, browser: 'chrome', mode: 'e2e' });
      log('e2e build ready');
    }
    if (ONLY.has('worker')) metrics.push(...(await measureWorker(e2e, RUNS, log)));
    if (ONLY.has('overlay')) metrics.push(...(await measureOverlay(e2e, RUNS, log)));
    if (ONLY.has('popup')) metrics.push(...(await measurePopup(e2e, RUNS, log)));
    if (ONLY.has('sync')) metrics.push(...(await measureSync(e2e, 1_000, RUNS, log)));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }

  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`\n${textTable(metrics)}\n`);
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), load average at the end ${loadavg()[0]!.toFixed(1)}`;
  log(`done in ${seconds} s on ${machine}`);
  const results = { generatedAt: new Date().toISOString(), durationSeconds: seconds, runsPerFigure: RUNS, machine, metrics };
  if (ONLY.size === 5) {
    writeFileSync(join(HERE, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    const readmePath = join(HERE, 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    const table = `<!-- results:start -->\nLatest run: ${results.generatedAt}, ${seconds} s, ${RUNS} runs per figure, ${machine}.\n\n${markdownTable(metrics)}\n<!-- results:end -->`;
    writeFileSync(readmePath, readme.replace(/<!-- results:start -->[\s\S]*<!-- results:end -->/, table));
  } else {
    writeFileSync(join(tmpdir(), 'scansight-bench-partial.json'), `${JSON.stringify(results, null, 2)}\n`);
    log(`partial run (BENCH_ONLY): results in ${join(tmpdir(), 'scansight-bench-partial.json')}, bench/results.json untouched`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
