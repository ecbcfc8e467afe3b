/** Signs in to Prowler App's UI through its own form (email, password, "Log in"), as a person would. */
import type { Page } from 'playwright-core';

/** Fills Prowler's sign-in form and waits until the UI has left /sign-in. */
export async function signInThroughForm(page: Page, origin: string, email: string, password: string): Promise<void> {
  await page.goto(`${origin}/sign-in`, { waitUntil: 'domcontentloaded' });
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  try {
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 60_000 });
  } catch (error) {
    const alert = await page.locator('[role="alert"], .text-danger, .text-system-error').allInnerTexts().catch(() => []);
    throw new Error(`signing in through Prowler's form did not leave /sign-in (${alert.join(' | ') || 'no error shown'})`, { cause: error });
  }
}
