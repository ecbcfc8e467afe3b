import type { Locator, Page } from 'playwright-core';

/** Every `data-scansight` element ScanSight added or marked on the page, as "<feature> <where>" strings. */
export function annotations(page: Page): Promise<string[]> {
  return page.locator('[data-scansight]').evaluateAll((elements) =>
    elements.map((e) => {
      const owner = e.closest('[data-project-id],[data-integration-id],[data-scan-id]');
      const where = owner?.getAttribute('data-project-id') ?? owner?.getAttribute('data-integration-id') ?? owner?.getAttribute('data-scan-id') ?? '';
      return `${e.getAttribute('data-scansight')} ${where}`.trim();
    }),
  );
}

/** A project row on the Projects page. */
export const projectRow = (page: Page, projectId: string): Locator => page.locator(`.accordion-item[data-project-id="${projectId}"]`);

/** Expands a project row's job list (the dashboard's own arrow) and waits for its job rows. */
export async function expandJobs(page: Page, projectId: string): Promise<Locator> {
  const row = projectRow(page, projectId);
  await row.locator('.accordion-toggle').click();
  await row.locator('table.jobs tr[data-job-id]').first().waitFor();
  return row;
}

/** Opens a History row's three-dot menu → Error, and returns the error panel. */
export async function openErrorPanel(page: Page, scanId: string): Promise<Locator> {
  const row = page.locator(`table.history tr[data-scan-id="${scanId}"]`);
  await row.locator('button.row-menu').click();
  await row.locator('[role=menuitem][data-action=error]').click();
  const panel = page.locator(`[role=dialog].error-panel[data-scan-id="${scanId}"]`);
  await panel.waitFor();
  return panel;
}

/** The text an annotation shows: its (open) shadow root's, which innerText of the host leaves out. */
export function annotationText(annotation: Locator): Promise<string> {
  return annotation.first().evaluate((host) =>
    [...(host.shadowRoot ?? host).children]
      .filter((child) => child.tagName !== 'STYLE')
      .map((child) => (child as HTMLElement).innerText)
      .join('\n')
      .trim(),
  );
}
