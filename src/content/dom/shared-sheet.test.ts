// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNOTATION_CSS } from './annotation-css.ts';

afterEach(() => vi.unstubAllGlobals());

/** A fresh copy of the module (its shared sheet is created once per module instance). */
async function load() {
  vi.resetModules();
  return import('./shared-sheet.ts');
}

describe('styleShadowRoot', () => {
  it('adopts one constructed sheet shared by every root, with no <style> of their own', async () => {
    const { styleShadowRoot } = await load();
    const roots = [1, 2].map(() => document.createElement('div').attachShadow({ mode: 'open' }));
    roots.forEach(styleShadowRoot);
    const [a, b] = roots.map((root) => root.adoptedStyleSheets);
    expect(a).toHaveLength(1);
    expect(a![0]).toBe(b![0]);
    expect(roots.every((root) => root.querySelector('style') === null)).toBe(true);
  });

  it('falls back to a <style> per root where constructed sheets are unsupported', async () => {
    vi.stubGlobal('CSSStyleSheet', class { constructor() { throw new TypeError('Illegal constructor'); } });
    const { styleShadowRoot } = await load();
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    styleShadowRoot(root);
    expect(root.querySelector('style')?.textContent).toBe(ANNOTATION_CSS);
  });
});
