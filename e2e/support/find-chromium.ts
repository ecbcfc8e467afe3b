import { existsSync } from 'node:fs';

/** Where Chromium or Chrome usually lives on Linux and macOS; CHROME_PATH wins over all of them. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** What to tell someone who has no Chromium. Branded Chrome 137+ ignores --load-extension. */
export const CHROMIUM_INSTALL_HINT =
  'No Chromium found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`), ' +
  'or point CHROME_PATH at a Chromium binary. Branded Google Chrome 137+ ignores --load-extension.';

/**
 * The Chromium binary to drive: CHROME_PATH when set (it must exist), else the first usual path found.
 * Returns null when there is none, so callers decide how to fail.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path)) ?? null;
}
