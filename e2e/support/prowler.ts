/**
 * The Prowler App flavour of the e2e harness: the reference server speaking Prowler App's API
 * (docs/sources.md), Chromium with the e2e build, and the options page filled in as a person would.
 */
import type { Page } from 'playwright-core';
import { startReferenceServer, type ReferenceServer } from '../../server/start-server.ts';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './chromium.ts';
import { saveOptions } from './configure-extension.ts';
import { DIST_E2E } from './paths.ts';
import { SEED_LATEST_SCANS } from './seed-expectations.ts';

/** The reference server's Prowler user; its password is the server token. */
export const PROWLER_DEMO_EMAIL = 'demo@prowler.test';

export type ProwlerLogin = { mode: 'api-key'; apiKey: string } | { mode: 'password'; email: string; password: string };

export interface ProwlerSession {
  server: ReferenceServer;
  ext: ChromiumWithExtension;
  close(): Promise<void>;
}

/**
 * The seed scenario's latest scans as Prowler App reports them: it records one outcome per scan, so a
 * partially completed scan is Failed (docs/sources.md, "One job per scan"); the rest are unchanged.
 */
export const PROWLER_SEED_LATEST_SCANS = SEED_LATEST_SCANS.map((scan) =>
  scan.status === 'partially_completed' ? { ...scan, status: 'failed', label: 'Failed' } : scan,
);

/** A frozen-clock Prowler-flavoured server on the seed scenario and Chromium with the e2e build, not yet configured. */
export async function startProwlerSession(): Promise<ProwlerSession> {
  const server = await startReferenceServer({ port: 0, control: true, scenario: 'seed', speed: 0, flavor: 'prowler' });
  let ext: ChromiumWithExtension;
  try {
    ext = await launchChromiumWithExtension({ extensionPath: DIST_E2E });
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    server,
    ext,
    close: async () => {
      await ext.close();
      await server.close();
    },
  };
}

/** Chooses Prowler App on the options page by its labels, fills the login for `login.mode`, and saves. */
export async function configureProwler(page: Page, connection: { apiUrl: string; dashboardUrl: string; login: ProwlerLogin }): Promise<void> {
  await page.getByLabel('Source').selectOption({ label: 'Prowler App' });
  await page.getByLabel('API URL').fill(connection.apiUrl);
  const { login } = connection;
  if (login.mode === 'api-key') {
    await page.getByLabel('Authentication').selectOption({ label: 'API key' });
    await page.getByLabel('API key', { exact: true }).fill(login.apiKey);
  } else {
    await page.getByLabel('Authentication').selectOption({ label: 'Email and password' });
    await page.getByLabel('Email', { exact: true }).fill(login.email);
    await page.getByLabel('Password', { exact: true }).fill(login.password);
  }
  await page.getByLabel('Dashboard URL').fill(connection.dashboardUrl);
  await saveOptions(page);
}
