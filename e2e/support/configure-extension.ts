import type { Page } from 'playwright-core';
import type { ChromiumWithExtension } from './chromium.ts';

export interface Connection {
  apiUrl: string;
  token: string;
  dashboardUrl: string;
}

/**
 * Configures the extension the way a person does: the options page, by its labelled fields, then Save.
 * Resolves once the page says "Saved." and leaves the options page open for more settings.
 */
export async function configureExtension(ext: ChromiumWithExtension, connection: Connection): Promise<Page> {
  const page = await ext.openOptions();
  await fillConnection(page, connection);
  return page;
}

/** Fills and saves the connection fields on an open options page. */
export async function fillConnection(page: Page, connection: Connection): Promise<void> {
  await page.getByLabel('API URL').fill(connection.apiUrl);
  await page.getByLabel('API token').fill(connection.token);
  await page.getByLabel('Dashboard URL').fill(connection.dashboardUrl);
  await saveOptions(page);
}

/** Clicks Save and waits for the page to confirm. */
export async function saveOptions(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
}
