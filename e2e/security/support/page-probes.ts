/**
 * Probes a page for what a hostile string must never achieve: the sentinel set, an element from a
 * payload (in the document or any open shadow root), a Content-Security-Policy violation.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { CORPUS_MARK } from './xss-corpus.ts';

/** Records securitypolicyviolation events in every page of `context` from the first script on. */
export async function watchCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
  });
}

export interface Probe {
  sentinel: unknown;
  payloadElements: number;
  cspViolations: string[];
  /** How many times corpus text is shown as text (proves the payloads reached the page at all). */
  payloadTextShown: number;
}

export function probe(page: Page): Promise<Probe> {
  return page.evaluate((mark) => {
    const roots: Array<Document | ShadowRoot> = [document];
    for (let i = 0; i < roots.length; i++) {
      for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    const w = window as unknown as { __xss?: unknown; __cspViolations?: string[] };
    const text = roots.map((r) => (r instanceof Document ? r.body?.innerText ?? '' : [...r.children].map((c) => c.textContent ?? '').join(' '))).join('\n');
    return {
      sentinel: w.__xss,
      payloadElements: roots.reduce((n, r) => n + r.querySelectorAll(`[${mark}]`).length, 0),
      cspViolations: w.__cspViolations ?? ['(no listener)'],
      payloadTextShown: text.split(mark).length - 1,
    };
  }, CORPUS_MARK);
}
