/**
 * Starts Prowler App's built UI (`next start`) on 127.0.0.1 against an API base URL, with the
 * harness toolchain, and waits until its sign-in page answers. Its log goes to a file, so a
 * failing run can show what the UI tripped on.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import type { Toolchain } from './toolchain.ts';
import { uiEnv } from './build-ui.ts';

/** A running Prowler UI. */
export interface RunningUi {
  origin: string;
  logFile: string;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitForUi(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${origin}/sign-in`, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Prowler UI did not answer on ${origin}/sign-in within ${timeoutMs / 1000} s`);
}

/** `next start` in `uiDir`, talking to `apiBaseUrl` (the reference server's `/api/v1`). */
export async function startUi(uiDir: string, toolchain: Toolchain, apiBaseUrl: string, logFile: string): Promise<RunningUi> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env = uiEnv(toolchain, {
    UI_API_BASE_URL: apiBaseUrl,
    AUTH_URL: origin,
    AUTH_SECRET: randomBytes(32).toString('base64'),
    AUTH_TRUST_HOST: 'true',
    PORT: String(port),
    HOSTNAME: '127.0.0.1',
    NODE_ENV: 'production',
  });
  const log = createWriteStream(logFile);
  const child = spawn('pnpm', ['exec', 'next', 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: uiDir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      // The whole process group: pnpm exec leaves next's server as a child.
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        resolve();
      }
    });
  try {
    await waitForUi(origin, child, 90_000);
  } catch (error) {
    await close();
    throw error;
  }
  return { origin, logFile, close };
}
