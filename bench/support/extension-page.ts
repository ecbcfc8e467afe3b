/** A quiet page on the extension's origin (its IndexedDB, its host permissions), running no app code. */
import type { Page } from 'playwright-core';
import type { ChromiumWithExtension } from '../../e2e/support/chromium.ts';

export async function openQuietExtensionPage(ext: ChromiumWithExtension): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.extensionUrl('manifest.json'));
  return page;
}
