/**
 * A pseudo-locale for tests: every message renders as ⟦key:subs⟧, so any English a UI shows that did
 * not come from public/_locales stands out. literalText() lists those strings.
 */
import type { Translate } from '../i18n.ts';

/** chrome.i18n.getMessage in the pseudo-locale. */
export function pseudoGetMessage(key: string, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return `⟦${key}${subs.length > 0 ? `:${subs.join('|')}` : ''}⟧`;
}

/** t() in the pseudo-locale. */
export const pseudoT: Translate = pseudoGetMessage;

/** For `vi.mock('…/platform/extension-api.ts', …)`. */
export const pseudoExt = () => ({ ext: { i18n: { getMessage: pseudoGetMessage } } });

/** Every string in `data` (fixtures), and the dates among them as Intl shows them: text that is data, not UI. */
export function dataStrings(...data: unknown[]): string[] {
  const out = new Set<string>();
  const formats = [
    new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short' }),
    new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }),
  ];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      out.add(value);
      const at = Date.parse(value);
      if (/^\d{4}-\d\d-\d\dT/.test(value) && Number.isFinite(at)) for (const f of formats) out.add(f.format(at));
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value instanceof Map) [...value.values()].forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  data.forEach(walk);
  return [...out].filter((s) => /\p{L}/u.test(s)).sort((a, b) => b.length - a.length);
}

/** Whether `text` still holds a word once every pseudo-locale message and every data string is taken out. */
export function hasLiteralWords(text: string, data: readonly string[]): boolean {
  let rest = text;
  // Innermost messages first, so messages substituted into messages go too.
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  for (const d of data) rest = rest.split(d).join(' ');
  return /\p{L}{2,}/u.test(rest);
}

const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext', 'aria-description'];

/**
 * Text nodes and labelling attributes under `root` that still hold words once every pseudo-locale
 * message and every data string is taken out: English that bypassed the locale files.
 */
export function literalText(root: Element | DocumentFragment, data: readonly string[]): string[] {
  const leftovers: string[] = [];
  const check = (text: string, where: string) => {
    if (hasLiteralWords(text, data)) leftovers.push(`${where}: ${JSON.stringify(text)}`);
  };
  const walker = (root.ownerDocument ?? document).createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('style, script')) continue;
    if (node.textContent?.trim()) check(node.textContent, `<${node.parentElement?.tagName.toLowerCase()}>`);
  }
  for (const el of root.querySelectorAll('*')) {
    for (const name of ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value?.trim()) check(value, `<${el.tagName.toLowerCase()} ${name}>`);
    }
  }
  return leftovers;
}
