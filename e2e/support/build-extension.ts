import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

export interface BuildFlavour {
  outDir: string;
  browser: 'chrome' | 'firefox';
  mode: 'production' | 'e2e';
}

/** Builds one flavour of the extension with vite (the same env switches as the npm build:* scripts). */
export function buildExtension({ outDir, browser, mode }: BuildFlavour): void {
  execFileSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn', '--outDir', outDir], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      SCANSIGHT_MODE: mode,
      SCANSIGHT_BROWSER: browser,
    },
  });
}
