/**
 * `npm start`: the live demo. Builds the extension (demo/e2e flavour: the reference server's loopback
 * origins are granted up front), starts the reference server with the lively scenario, opens Chromium
 * with the extension loaded (persistent profile in .demo/profile), configures it through its options
 * page, and opens the dashboard's Projects page.
 *
 * With no display, or with `--headless`, it runs headless instead: it writes screenshots of the popup,
 * the annotated dashboard and the options page to .demo/screenshots/, prints where, and exits.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startReferenceServer, type ReferenceServer } from '../server/start-server.ts';
import { buildExtension } from '../e2e/support/build-extension.ts';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../e2e/support/chromium.ts';
import { CHROMIUM_INSTALL_HINT, findChromium } from '../e2e/support/find-chromium.ts';
import { configureExtension } from '../e2e/support/configure-extension.ts';
import { waitForSettledSync } from '../e2e/support/background-hook.ts';
import { DIST_E2E, ROOT } from '../e2e/support/paths.ts';

const DEMO_DIR = join(ROOT, '.demo');
const PROFILE = join(DEMO_DIR, 'profile');
const SCREENSHOTS = join(DEMO_DIR, 'screenshots');
const PREFERRED_PORT = 8787;

const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

/** The reference server on 8787 when free, else on any free port. */
async function startServer(): Promise<ReferenceServer> {
  const options = { control: true, scenario: 'lively' };
  return startReferenceServer({ ...options, port: PREFERRED_PORT }).catch(() => startReferenceServer({ ...options, port: 0 }));
}

async function screenshots(ext: ChromiumWithExtension, dashboard: Page, options: Page): Promise<string[]> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const saved: string[] = [];
  const shoot = async (page: Page, name: string, fullPage = false) => {
    const path = join(SCREENSHOTS, name);
    await page.screenshot({ path, fullPage });
    saved.push(path);
  };
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 600, height: 600 });
  await popup.goto(ext.extensionUrl('src/popup/index.html'));
  await popup.locator('[role=row][data-scan-id]').first().waitFor({ timeout: 30_000 });
  await shoot(popup, 'popup.png');
  await dashboard.bringToFront();
  await dashboard.locator('[data-scansight=hint]').first().waitFor({ timeout: 30_000 });
  await shoot(dashboard, 'dashboard-projects.png');
  await options.reload();
  await options.getByLabel('API URL').waitFor();
  await shoot(options, 'options.png', true);
  return saved;
}

async function main(): Promise<number> {
  if (!findChromium()) {
    console.error(CHROMIUM_INSTALL_HINT);
    return 1;
  }
  console.log('Building the extension (demo flavour) into dist-e2e/ …');
  buildExtension({ outDir: DIST_E2E, browser: 'chrome', mode: 'e2e' });
  const server = await startServer();
  console.log(`Reference server (scenario "lively"): ${server.url}  API token: ${server.token}`);
  mkdirSync(PROFILE, { recursive: true });
  const ext = await launchChromiumWithExtension({ extensionPath: DIST_E2E, userDataDir: PROFILE, headless });
  const shutdown = async () => {
    await ext.close().catch(() => undefined);
    await server.close().catch(() => undefined);
  };
  try {
    const options = await configureExtension(ext, { apiUrl: server.url, token: server.token, dashboardUrl: `${server.url}/app/` });
    console.log('ScanSight is configured against the reference server.');
    await waitForSettledSync(ext);
    const dashboard = await ext.context.newPage();
    await dashboard.goto(`${server.url}/app/projects`);
    if (headless) {
      const saved = await screenshots(ext, dashboard, options);
      console.log(`Headless run (no display, or --headless). Screenshots in ${SCREENSHOTS}:`);
      for (const path of saved) console.log(`  ${path}`);
      await shutdown();
      return 0;
    }
    console.log(`Chromium is open on ${server.url}/app/projects. Click the ScanSight toolbar icon for the popup.`);
    console.log('Press Ctrl+C (or close the browser) to stop.');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
      ext.context.once('close', () => resolve());
    });
    await shutdown();
    return 0;
  } catch (error) {
    await shutdown();
    throw error;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack ?? error.message : error);
    process.exit(1);
  },
);
