/**
 * Annotations: ScanSight's own elements on the dashboard, each a `<scansight-annotation>` host with
 * an open shadow root, so the page's styles cannot reach in and ours cannot leak out.
 * Every element ScanSight adds or marks carries `data-scansight="<feature>"`; added ones also carry
 * `data-scansight-added`, so teardown can tell what to remove from what to unmark.
 */
import { pageIsDark } from './page-theme.ts';
import { styleShadowRoot } from './shared-sheet.ts';

/** The features' names, as they appear in `data-scansight`. */
export type FeatureName = 'status-chip' | 'failed-job' | 'hint' | 'streak' | 'connector';

export const HOST_TAG = 'scansight-annotation';
export const ADDED_ATTR = 'data-scansight-added';

/**
 * How a host sits in the page: `inline` beside text, `block` on its own line, `badge` out of flow
 * (absolutely positioned, no size), for a spot where any width would push the page's own layout.
 */
export type AnnotationDisplay = 'inline' | 'block' | 'badge';

/** A detached host for `feature`, with its shadow root ready for content. */
export function createAnnotation(feature: FeatureName, display: AnnotationDisplay = 'inline'): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(HOST_TAG);
  host.setAttribute('data-scansight', feature);
  host.setAttribute(ADDED_ATTR, '');
  host.setAttribute('data-display', display);
  if (pageIsDark(document)) host.setAttribute('data-theme', 'dark');
  const root = host.attachShadow({ mode: 'open' });
  styleShadowRoot(root);
  return { host, root };
}

/** Marks one of the page's own elements as annotated by `feature` (styled by the feature's sheet). */
export function markElement(element: Element, feature: FeatureName): void {
  element.setAttribute('data-scansight', feature);
}

/** Adds a page-level stylesheet owned by `feature` (for highlights on the page's own elements). */
export function addFeatureStyle(feature: FeatureName, css: string): void {
  const style = document.createElement('style');
  style.setAttribute('data-scansight', feature);
  style.setAttribute(ADDED_ATTR, '');
  style.textContent = css;
  (document.head ?? document.documentElement).append(style);
}

/** The `data-scansight` value of a table row ScanSight inserted for `feature` (see {@link insertRowAfter}). */
function rowMark(feature: FeatureName): string {
  return `${feature}-row`;
}

/** Each inserted row's owner: the dashboard row it annotates. */
const ownerOf = new WeakMap<Element, Element>();

/**
 * Puts `host` in a table row of ScanSight's own right after the dashboard's `row`, spanning its
 * columns (a card does not fit in a cell). The inserted row belongs to `row`: clearing `row`'s
 * annotations removes it, and {@link sweepOrphanRows} removes it once `row` is gone.
 */
export function insertRowAfter(row: Element, host: HTMLElement, feature: FeatureName, columns: number): void {
  const tr = document.createElement('tr');
  tr.setAttribute('data-scansight', rowMark(feature));
  tr.setAttribute(ADDED_ATTR, '');
  const td = document.createElement('td');
  td.setAttribute('colspan', String(columns));
  td.append(host);
  tr.append(td);
  ownerOf.set(tr, row);
  let after: Element = row;
  // After the rows other features already inserted for this row, so they keep a stable order.
  while (after.nextElementSibling?.hasAttribute(ADDED_ATTR) && ownerOf.get(after.nextElementSibling) === row) after = after.nextElementSibling;
  after.after(tr);
}

/**
 * Removes inserted rows whose owner left the document or no longer stands right before them (a page
 * that removes or reorders its own rows leaves ours behind). Returns how many were removed.
 */
export function sweepOrphanRows(doc: Document): number {
  let removed = 0;
  for (const tr of doc.querySelectorAll(`tr[${ADDED_ATTR}]`)) {
    const owner = ownerOf.get(tr);
    let before = tr.previousElementSibling;
    while (before && before.hasAttribute(ADDED_ATTR) && ownerOf.get(before) === owner) before = before.previousElementSibling;
    if (!owner || !owner.isConnected || before !== owner) {
      tr.remove();
      removed++;
    }
  }
  return removed;
}

/** Removes what `feature` added inside `root` (and `root` itself, and rows it inserted after `root`) and unmarks what it marked. */
export function clearAnnotations(root: ParentNode, feature: FeatureName): void {
  const selector = `[data-scansight="${feature}"], [data-scansight="${rowMark(feature)}"]`;
  const found = [...root.querySelectorAll(selector)];
  if (root instanceof Element) {
    if (root.matches(selector)) found.push(root);
    for (let next = root.nextElementSibling; next?.hasAttribute(ADDED_ATTR); next = next.nextElementSibling) {
      if (ownerOf.get(next) === root && next.matches(selector)) found.push(next);
    }
  }
  for (const element of found) {
    if (element.hasAttribute(ADDED_ATTR)) element.remove();
    else element.removeAttribute('data-scansight');
  }
}
