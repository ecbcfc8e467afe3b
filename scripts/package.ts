/**
 * `npm run package`: the store uploads, reproducibly (same commit and lockfile, same bytes).
 * - artifacts/scansight-chrome-<version>.zip   (Chrome Web Store)
 * - artifacts/scansight-firefox-<version>.zip  (addons.mozilla.org), after web-ext lint passes
 * - artifacts/scansight-source-<version>.zip   (AMO source review: `git archive` of HEAD)
 * Each store zip is a production build packed by `web-ext build`, then rewritten by normalizeZip
 * (sorted entries, fixed dates). Options: `--out-dir <dir>` (default artifacts/).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeZip } from './package/normalize-zip.ts';
import { newWarnings, readBaseline, runAddonsLinter } from '../e2e/addons-lint.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

/** The file names of one release's artifacts. */
export function artifactNames(version: string) {
  return {
    chrome: `scansight-chrome-${version}.zip`,
    firefox: `scansight-firefox-${version}.zip`,
    source: `scansight-source-${version}.zip`,
  };
}

/**
 * The environment of a release build: the caller's, less what a test runner sets (NODE_ENV=test and
 * VITEST_* change what Vite and Preact emit), so the bytes do not depend on who runs the packaging.
 */
export function releaseEnv(env: NodeJS.ProcessEnv, browser: 'chrome' | 'firefox'): NodeJS.ProcessEnv {
  const kept = Object.fromEntries(Object.entries(env).filter(([key]) => !/^(VITEST|VITE_|TEST$|NODE_ENV$|SCANSIGHT_)/.test(key)));
  return { ...kept, NODE_ENV: 'production', SCANSIGHT_MODE: 'production', SCANSIGHT_BROWSER: browser };
}

function build(browser: 'chrome' | 'firefox', outDir: string): void {
  execFileSync(bin('vite'), ['build', '--logLevel', 'warn', '--outDir', outDir], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: releaseEnv(process.env, browser),
  });
}

function webExtBuild(sourceDir: string, artifactsDir: string, filename: string): Buffer {
  execFileSync(bin('web-ext'), ['build', '--source-dir', sourceDir, '--artifacts-dir', artifactsDir, '--filename', filename, '--overwrite-dest', '--no-input'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return readFileSync(join(artifactsDir, filename));
}

async function lintFirefox(dir: string): Promise<void> {
  const report = await runAddonsLinter(dir);
  const added = newWarnings(report, readBaseline());
  if (report.errors.length > 0 || added.length > 0) {
    const lines = [...report.errors, ...added].map((m) => `  ${m.code} ${m.file ?? ''}: ${m.message}`);
    throw new Error(`web-ext lint: ${report.errors.length} errors, ${added.length} unreviewed warnings (e2e/addons-lint-baseline.json)\n${lines.join('\n')}`);
  }
}

/** Builds, lints and packs every artifact into `outDir`; returns each file's path and SHA-256. */
export async function packageAll(outDir: string): Promise<Array<{ file: string; sha256: string }>> {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const names = artifactNames(version);
  const work = mkdtempSync(join(tmpdir(), 'scansight-package-'));
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  try {
    for (const browser of ['chrome', 'firefox'] as const) {
      const dist = join(work, browser);
      build(browser, dist);
      if (browser === 'firefox') await lintFirefox(dist);
      const zip = webExtBuild(dist, join(work, 'web-ext'), names[browser]);
      writeFileSync(join(outDir, names[browser]), await normalizeZip(zip));
      written.push(names[browser]);
    }
    // The source AMO reviewers rebuild from: the committed tree (git archive is reproducible per commit).
    execFileSync('git', ['archive', '--format=zip', `--prefix=scansight-${version}/`, '-o', join(outDir, names.source), 'HEAD'], { cwd: ROOT });
    written.push(names.source);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return written.map((name) => ({ file: join(outDir, name), sha256: createHash('sha256').update(readFileSync(join(outDir, name))).digest('hex') }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf('--out-dir');
  const outDir = resolve(flag >= 0 && process.argv[flag + 1] ? process.argv[flag + 1]! : join(ROOT, 'artifacts'));
  const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim();
  if (dirty) console.warn('package: the working tree has uncommitted changes; the source zip holds HEAD only.');
  for (const { file, sha256 } of await packageAll(outDir)) console.log(`${sha256}  ${file}`);
}
