/** Finding things on Prowler UI's Scans page the way a person does: by the text they see. */
import type { Locator, Page } from 'playwright-core';

/** The table row whose text contains `text` (a scan id from its "ID:" chip, say). */
export function scanRow(page: Page, text: string): Locator {
  return page.locator('tbody tr').filter({ hasText: text }).first();
}

/** Opens the row's menu, chooses "View error details", and waits for the dialog's loaded text. */
export async function openErrorDialog(page: Page, scanId: string): Promise<Locator> {
  const row = scanRow(page, scanId);
  await row.waitFor({ timeout: 60_000 });
  await row.locator('button[aria-haspopup="menu"]').last().click();
  await page.getByRole('menuitem', { name: /view error details/i }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: /scan error details/i });
  await dialog.waitFor({ timeout: 30_000 });
  // The dialog fetches /tasks/{id} after opening: wait until it no longer says it is loading.
  await dialog.getByText(/loading/i).waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined);
  await page.waitForTimeout(500);
  return dialog;
}
