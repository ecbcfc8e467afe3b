/**
 * A table row's cell under the column whose header matches a label (loosely: case, spacing), for
 * dashboards whose cells carry no hook of their own. Column spans are honoured on both sides.
 */

/** A cell's column span (1 when absent or invalid). */
function span(cell: Element): number {
  const value = Number(cell.getAttribute('colspan') ?? '1');
  return Number.isInteger(value) && value > 0 ? Math.min(value, 1000) : 1;
}

/** Header texts of a table's first header row, each repeated over its colspan. */
function columnLabels(table: Element): string[] {
  const header = table.querySelector(':scope > thead > tr');
  if (!header) return [];
  return [...header.children].flatMap((cell) => Array<string>(span(cell)).fill((cell.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** The cell of `row` under the first column whose header matches `label`, or null. */
export function cellUnderHeader(row: Element, label: RegExp): Element | null {
  const table = row.tagName === 'TR' ? row.closest('table') : null;
  if (!table) return null;
  const index = columnLabels(table).findIndex((text) => label.test(text));
  if (index < 0) return null;
  let column = 0;
  for (const cell of row.children) {
    column += span(cell);
    if (column > index) return cell;
  }
  return null;
}

/** How many columns a row spans (for a row of ScanSight's own that must span them all). */
export function columnCount(row: Element): number {
  return Math.max(1, [...row.children].reduce((sum, cell) => sum + span(cell), 0));
}
