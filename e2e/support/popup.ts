import type { Page } from 'playwright-core';
import type { ChromiumWithExtension } from './chromium.ts';

/** The popup page at the toolbar popup's size, once it lists `rows` scans (the background has synced). */
export async function openPopupWhenSynced(ext: ChromiumWithExtension, rows: number): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 600, height: 600 });
  await page.goto(ext.extensionUrl('src/popup/index.html'));
  await page.locator('[role=row][data-scan-id]').nth(rows - 1).waitFor({ timeout: 30_000 });
  return page;
}
