/**
 * Annotations: ScanSight's own elements on the dashboard, each a `<scansight-annotation>` host with
 * an open shadow root, so the page's styles cannot reach in and ours cannot leak out.
 * Every element ScanSight adds or marks carries `data-scansight="<feature>"`; added ones also carry
 * `data-scansight-added`, so teardown can tell what to remove from what to unmark.
 */
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

/** Removes what `feature` added inside `root` (and `root` itself) and unmarks what it marked. */
export function clearAnnotations(root: ParentNode, feature: FeatureName): void {
  const selector = `[data-scansight="${feature}"]`;
  const found = [...root.querySelectorAll(selector)];
  if (root instanceof Element && root.matches(selector)) found.push(root);
  for (const element of found) {
    if (element.hasAttribute(ADDED_ATTR)) element.remove();
    else element.removeAttribute('data-scansight');
  }
}
