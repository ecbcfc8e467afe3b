/**
 * Builds the dashboard SPA (server/dashboard) with Vite at server start, not at commit time: the
 * output goes to node_modules/.cache, keyed by a hash of its sources, so a fresh clone needs only
 * `npm ci && npm run server` and later starts reuse the build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CLIENT = join(REPO, 'server/dashboard');
const SOURCES = [CLIENT, join(REPO, 'src/core')];
const CACHE = join(REPO, 'node_modules/.cache/scansight-dashboard');

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listFiles(path);
    return /\.test\.tsx?$/.test(name) ? [] : [path];
  });
}

/** A hash of every client source file (paths and contents). */
export function dashboardSourceHash(): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap(listFiles).sort()) hash.update(relative(REPO, file)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

let pending: Promise<string> | null = null;

/** The directory holding the built dashboard (index.html + assets/), building it once if needed. */
export function builtDashboard(): Promise<string> {
  pending ??= build().catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}

async function build(): Promise<string> {
  const outDir = join(CACHE, dashboardSourceHash());
  if (existsSync(join(outDir, 'index.html'))) return outDir;
  const tmp = `${outDir}.tmp-${process.pid}-${Date.now()}`;
  const [{ build: viteBuild }, { default: preact }] = await Promise.all([import('vite'), import('@preact/preset-vite')]);
  await viteBuild({
    configFile: false,
    root: CLIENT,
    base: '/app/',
    logLevel: 'warn',
    plugins: [preact()],
    build: { outDir: tmp, emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
  // Another process may have finished the same build first; both outputs are identical.
  if (existsSync(join(outDir, 'index.html'))) rmSync(tmp, { recursive: true, force: true });
  else renameSync(tmp, outDir);
  return outDir;
}
