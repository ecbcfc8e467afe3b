import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitUntil } from './wait-until.ts';

/** The add-on's id in the Firefox build (manifest browser_specific_settings.gecko.id). */
export const GECKO_ID = 'scansight@scansight.dev';
/** Fixed internal UUID, so moz-extension:// pages have a known address (Firefox picks a random one otherwise). */
const EXTENSION_UUID = '5c4e5a1e-7d7e-4b8e-9a56-3c2f1b0e9d42';

export const FIREFOX_INSTALL_HINT = 'No Firefox found. Install it (Debian/Ubuntu: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH.';

/** firefox-esr (Debian) or firefox, FIREFOX_PATH first; null when none is installed. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter((p): p is string => Boolean(p));
  return candidates.find((p) => existsSync(p)) ?? null;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://<uuid>/<path> */
  extensionUrl(path: string): string;
  openPage(url: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches headless Firefox over WebDriver BiDi and installs `extensionPath` as a temporary add-on.
 * `prefs` are added to the profile (e.g. to answer permission prompts the headless browser cannot show).
 */
export async function launchFirefoxWithExtension(extensionPath: string, prefs: Record<string, unknown> = {}): Promise<FirefoxWithExtension> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(FIREFOX_INSTALL_HINT);
  const profile = mkdtempSync(join(tmpdir(), 'scansight-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: profile,
    // WebDriver BiDi may not navigate to moz-extension:// pages; with system access we open them as the UI would.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      ...prefs,
    },
  });
  try {
    await browser.installExtension(extensionPath);
  } catch (error) {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    browser,
    extensionUrl: (path) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`,
    async openPage(url) {
      if (!url.startsWith('moz-extension://')) {
        const page = await browser.newPage();
        await page.goto(url);
        return page;
      }
      const before = new Set(await browser.pages());
      await openTabAsBrowserUi(browser, url);
      // Puppeteer may keep reporting such a tab as about:blank: ask the new page itself where it is.
      const isOpen = async (page: Page) => page.evaluate(() => location.href).then((href) => href === url, () => false);
      return waitUntil(
        async () => {
          for (const page of await browser.pages()) if (!before.has(page) && (await isOpen(page))) return page;
          return null;
        },
        (page): page is Page => page !== null,
        `Firefox to open ${url}`,
        { timeoutMs: 15_000 },
      ) as Promise<Page>;
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { contexts?: Array<{ context: string }>; type?: string } }>;
}

/** Opens `url` in a new tab from the browser window's own (privileged) scope, as the add-ons UI does. */
async function openTabAsBrowserUi(browser: Browser, url: string): Promise<void> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const window = tree.result.contexts?.[0]?.context;
  if (!window) throw new Error('no Firefox browser window to open a tab from');
  const expression = `gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(url)}, {
    triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); true`;
  const answer = await connection.send('script.evaluate', { expression, target: { context: window }, awaitPromise: false });
  if (answer.result.type !== 'success') throw new Error(`could not open ${url}: ${JSON.stringify(answer.result)}`);
}

/** The form control a <label> with this text wraps (what a person reads), for Puppeteer over BiDi, which has no aria queries. */
async function controlByLabel(page: Page, label: string) {
  const handle = await page.evaluateHandle((text) => {
    const match = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(text));
    return (match?.querySelector('input, select, textarea') ?? match?.control ?? null) as HTMLElement | null;
  }, label);
  const element = handle.asElement() as ElementHandle<HTMLElement> | null;
  if (!element) throw new Error(`no field labelled "${label}"`);
  return element;
}

/** Types `value` into the field labelled `label`, replacing what was there. */
export async function fillByLabel(page: Page, label: string, value: string): Promise<void> {
  const field = await controlByLabel(page, label);
  await field.click({ count: 3 });
  await field.evaluate((input) => {
    (input as HTMLInputElement).value = '';
  });
  await field.type(value);
}

/** Clicks the button whose text is exactly `name`. */
export async function clickButton(page: Page, name: string): Promise<void> {
  const handle = await page.evaluateHandle((text) => ([...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text) ?? null) as HTMLElement | null, name);
  const button = handle.asElement() as ElementHandle<HTMLElement> | null;
  if (!button) throw new Error(`no button "${name}"`);
  await button.click();
}
