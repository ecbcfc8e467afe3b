/**
 * What ScanSight added to one row of a table in Prowler's UI: the row's own `data-scansight` mark,
 * marks inside it, and ScanSight rows inserted right after it (a profile may put a hint card in a
 * row of its own). Read in the page, so a React re-render between reads cannot mix two rows.
 */
import type { Locator } from 'playwright-core';

/** The `data-scansight` values belonging to `row` (a `<tr>`), in document order. */
export function rowMarks(row: Locator): Promise<string[]> {
  return row.evaluate((tr) => {
    const marks: string[] = [];
    const own = tr.getAttribute('data-scansight');
    if (own) marks.push(own);
    for (const e of tr.querySelectorAll('[data-scansight]')) marks.push(e.getAttribute('data-scansight')!);
    // Only rows ScanSight inserted (`data-scansight-added`): the next page row may carry a mark of its own.
    for (let next = tr.nextElementSibling; next && next.hasAttribute('data-scansight-added'); next = next.nextElementSibling) {
      marks.push(next.getAttribute('data-scansight')!);
      for (const e of next.querySelectorAll('[data-scansight]')) marks.push(e.getAttribute('data-scansight')!);
    }
    return marks;
  });
}

/** The hint card belonging to `row`: inside it or in a ScanSight row right after it. */
export function rowHint(row: Locator): Locator {
  return row.locator('[data-scansight=hint]').or(row.locator('xpath=following-sibling::tr[1][@data-scansight-added]/descendant-or-self::*[@data-scansight="hint"]'));
}
