/**
 * One constructed stylesheet shared by every annotation's shadow root (`adoptedStyleSheets`), so the
 * style engine parses and matches one sheet however many annotations a page holds. Where constructed
 * sheets are unsupported or refused (older engines, some content-script worlds), each root gets its
 * own `<style>` instead.
 */
import { ANNOTATION_CSS } from './annotation-css.ts';

let shared: CSSStyleSheet | null | undefined;

function sharedSheet(): CSSStyleSheet | null {
  if (shared !== undefined) return shared;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(ANNOTATION_CSS);
    shared = sheet;
  } catch {
    shared = null;
  }
  return shared;
}

/** Gives `root` the annotation styles: the shared sheet when possible, else a `<style>` of its own. */
export function styleShadowRoot(root: ShadowRoot): void {
  const sheet = sharedSheet();
  if (sheet && 'adoptedStyleSheets' in root) {
    try {
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // refused (e.g. a sheet from another document): fall through to a <style> of its own
    }
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = ANNOTATION_CSS;
  root.append(style);
}
