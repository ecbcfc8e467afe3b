/**
 * Background: what the worker's size costs at each wake. Chromium stops an idle extension worker
 * (~30 s) and starts it again for every alarm, message or event, so its module graph is fetched,
 * compiled (from V8's code cache after the first start) and evaluated again and again. The figure is
 * the worker's own marks in src/background/main.ts, ms from the worker's time origin:
 * `scansight:worker-imports` (its first statement: every imported module fetched, compiled and
 * evaluated) and `scansight:worker-evaluated` (its last: listeners wired, top level done).
 * Baseline, same run: a minimal MV3 worker (one listener and the same marks) in its own Chromium.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../e2e/support/chromium.ts';
import { openQuietExtensionPage } from './support/extension-page.ts';
import { metric, type Metric } from './support/metric.ts';

const IMPORTS = 'scansight:worker-imports';
const MARK = 'scansight:worker-evaluated';

/** A worker that does nothing but answer: the floor any MV3 worker pays for a start. */
function writeMinimalExtension(dir: string): void {
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3,
    name: 'bench baseline',
    version: '1.0',
    background: { service_worker: 'worker.js', type: 'module' },
  }));
  writeFileSync(join(dir, 'worker.js'), [
    `performance.mark(${JSON.stringify(IMPORTS)});`,
    'chrome.runtime.onMessage.addListener((_message, _sender, answer) => { answer({ ok: true }); });',
    `performance.mark(${JSON.stringify(MARK)});`,
  ].join('\n'));
}

interface Wake {
  imports: number;
  evaluated: number;
}

/** Stops the worker, wakes it with a message from an extension page, and reads its two marks. */
async function wakeOnce(ext: ChromiumWithExtension): Promise<Wake> {
  await ext.stopServiceWorker();
  const page = await openQuietExtensionPage(ext);
  // Any message starts a stopped worker; ScanSight answers an unknown envelope type with an error.
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'bench/wake' }).catch(() => undefined));
  const worker = await ext.serviceWorker();
  const [imports, evaluated] = await worker.evaluate((marks) => marks.map((m) => performance.getEntriesByName(m)[0]?.startTime ?? null), [IMPORTS, MARK]);
  await page.close();
  if (imports == null || evaluated == null) throw new Error(`worker bench: the worker did not set both ${IMPORTS} and ${MARK}`);
  return { imports, evaluated };
}

async function wakes(extensionPath: string, runs: number): Promise<Wake[]> {
  const ext = await launchChromiumWithExtension({ extensionPath });
  try {
    // Let the first start (install, activation) finish: a worker stopped mid-install may not report "stopped".
    await ext.serviceWorker();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await wakeOnce(ext); // warm-up: the first start after install compiles without a code cache
    const out: Wake[] = [];
    for (let i = 0; i < runs; i++) out.push(await wakeOnce(ext));
    return out;
  } finally {
    await ext.close();
  }
}

/** The worker-start figure for the e2e build at `extensionPath`, with the minimal worker's as baseline. */
export async function measureWorker(extensionPath: string, runs: number, log: (line: string) => void): Promise<Metric[]> {
  const baselineDir = mkdtempSync(join(tmpdir(), 'scansight-bench-minimal-'));
  try {
    writeMinimalExtension(baselineDir);
    const ours = await wakes(extensionPath, runs);
    const floor = await wakes(baselineDir, runs);
    const list = (w: Wake[], k: keyof Wake) => w.map((x) => x[k].toFixed(1)).join(', ');
    log(`worker: imports ${list(ours, 'imports')} ms, evaluated ${list(ours, 'evaluated')} ms (minimal worker: ${list(floor, 'evaluated')} ms)`);
    const figure = (name: string, k: keyof Wake, mark: string) => {
      const base = metric('minimal worker', 'ms', floor.map((w) => w[k]));
      return metric(name, 'ms', ours.map((w) => w[k]), {
        baseline: { name: 'minimal MV3 worker: one listener', median: base.median, min: base.min, max: base.max, runs: base.runs },
        note: `performance mark ${mark} in src/background/main.ts, ms from the worker's time origin; the worker stopped through CDP and woken by a message, ${runs} wakes after one warm-up.`,
      });
    };
    return [
      figure('background: worker wake, modules loaded and evaluated', 'imports', IMPORTS),
      figure('background: worker wake, top level done (listeners wired)', 'evaluated', MARK),
    ];
  } finally {
    rmSync(baselineDir, { recursive: true, force: true });
  }
}
