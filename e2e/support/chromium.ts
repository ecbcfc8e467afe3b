import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_INSTALL_HINT, findChromium } from './find-chromium.ts';
import { waitUntil } from './wait-until.ts';

/** Flags seen to run an unpacked MV3 extension in Debian's headless Chromium. */
function chromiumArgs(extensionPath: string): string[] {
  return [
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

export interface ChromiumWithExtension {
  context: BrowserContext;
  extensionId: string;
  /** chrome-extension://<id>/<path> */
  extensionUrl(path: string): string;
  /** The running service worker (waits for a new one if it was stopped). */
  serviceWorker(): Promise<Worker>;
  /** Opens the popup's page in a tab (a toolbar popup cannot be clicked headless). */
  openPopup(): Promise<Page>;
  openOptions(): Promise<Page>;
  /**
   * Stops the extension's service worker through CDP, as Chromium does to an idle worker. Playwright keeps
   * the same Worker handle: it works again once something (a message, an alarm) restarts the worker.
   */
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionPath: string;
  /** A persistent profile; a throwaway one when omitted. */
  userDataDir?: string;
  headless?: boolean;
  /** The browser's UI language, e.g. `de` (chrome.i18n follows it): --lang plus LANGUAGE for Linux builds. */
  uiLanguage?: string;
}

/** Launches Chromium with the unpacked extension loaded and waits for its service worker. */
export async function launchChromiumWithExtension(options: LaunchOptions): Promise<ChromiumWithExtension> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_INSTALL_HINT);
  const throwaway = options.userDataDir ? null : mkdtempSync(join(tmpdir(), 'scansight-chromium-'));
  const context = await chromium.launchPersistentContext(options.userDataDir ?? throwaway!, {
    executablePath,
    headless: options.headless ?? true,
    args: [...chromiumArgs(options.extensionPath), ...(options.uiLanguage ? [`--lang=${options.uiLanguage}`] : [])],
    ...(options.uiLanguage ? { env: { ...process.env, LANGUAGE: options.uiLanguage, LANG: `${options.uiLanguage}.UTF-8` }, locale: options.uiLanguage } : {}),
    viewport: { width: 1280, height: 860 },
  });
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(first.url()).host;
  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

  // A handle whose worker closed for good (extension reloaded) is not ours any more. A worker stopped
  // and restarted by Chromium keeps its handle (see stopServiceWorker).
  const closed = new WeakSet<Worker>();
  const track = (worker: Worker) => worker.once('close', () => closed.add(worker));
  context.serviceWorkers().forEach(track);
  context.on('serviceworker', track);
  const ours = (w: Worker) => w.url().startsWith(`chrome-extension://${extensionId}/`) && !closed.has(w);

  const serviceWorker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find(ours);
    if (live) return live;
    // A stopped worker starts again on the next extension event (a message, an alarm): wait for it.
    return context.waitForEvent('serviceworker', { predicate: ours, timeout: 30_000 });
  };

  const openPage = async (path: string) => {
    const page = await context.newPage();
    await page.goto(extensionUrl(path));
    return page;
  };

  return {
    context,
    extensionId,
    extensionUrl,
    serviceWorker,
    openPopup: () => openPage('src/popup/index.html'),
    openOptions: () => openPage('src/options/index.html'),
    async stopServiceWorker() {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const versions = new Map<string, { runningStatus: string; scriptURL: string }>();
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }) => {
        for (const v of updated) versions.set(v.versionId, v);
      });
      await cdp.send('ServiceWorker.enable');
      const ourScope = (v: { scriptURL: string }) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`);
      await waitUntil(() => [...versions.values()].some(ourScope), Boolean, 'the service worker to be reported', { timeoutMs: 10_000, intervalMs: 50 });
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitUntil(
        () => [...versions.values()].filter(ourScope).every((v) => v.runningStatus === 'stopped'),
        Boolean,
        'the service worker to stop',
        { timeoutMs: 10_000, intervalMs: 50 },
      );
      await cdp.detach();
      await page.close();
    },
    async close() {
      await context.close();
      if (throwaway) rmSync(throwaway, { recursive: true, force: true });
    },
  };
}
