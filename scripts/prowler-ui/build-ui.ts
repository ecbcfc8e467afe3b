/**
 * Installs and builds Prowler App's UI from the checkout named by PROWLER_UI_DIR, with
 * the harness toolchain and offline fonts. A build is reused while the checkout's
 * lockfile and sources are unchanged (`.next/BUILD_ID` exists and our stamp matches).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR, ensureToolchain, type Toolchain } from './toolchain.ts';
import { startFontMock } from './font-mock.ts';

/** Runs a command with the harness toolchain on PATH, echoing its output with a prefix. */
export function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))));
  });
}

/** Environment shared by `next build` and `next start`. */
export function uiEnv(toolchain: Toolchain, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, PATH: toolchain.path, NEXT_TELEMETRY_DISABLED: '1', CI: '1', ...extra };
}

function stampOf(uiDir: string): string {
  const lock = statSync(join(uiDir, 'pnpm-lock.yaml'));
  return JSON.stringify({ uiDir, lock: lock.mtimeMs, size: lock.size });
}

/** Makes sure PROWLER_UI_DIR has node_modules and a production build; returns the toolchain. */
export async function ensureBuiltUi(uiDir: string): Promise<Toolchain> {
  const toolchain = ensureToolchain();
  const env = uiEnv(toolchain);
  if (!existsSync(join(uiDir, 'node_modules/next/package.json'))) {
    const t0 = Date.now();
    await run('pnpm', ['install', '--frozen-lockfile'], uiDir, env);
    console.log(`[prowler-ui] pnpm install: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  const stampFile = join(uiDir, '.next/scansight-build-stamp.json');
  if (existsSync(join(uiDir, '.next/BUILD_ID')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stampOf(uiDir)) {
    console.log('[prowler-ui] reusing the existing build in .next/');
    return toolchain;
  }
  const fonts = await startFontMock(toolchain.nodeModules, CACHE_DIR);
  try {
    const t0 = Date.now();
    await run('pnpm', ['exec', 'next', 'build'], uiDir, { ...env, NEXT_FONT_GOOGLE_MOCKED_RESPONSES: fonts.mockFile });
    console.log(`[prowler-ui] next build: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  } finally {
    await fonts.close();
  }
  writeFileSync(stampFile, stampOf(uiDir));
  return toolchain;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const uiDir = process.env.PROWLER_UI_DIR;
  if (!uiDir) throw new Error('PROWLER_UI_DIR is not set: point it at the ui/ folder of a prowler-cloud/prowler checkout');
  await ensureBuiltUi(uiDir);
}
