/** chrome.i18n over the real messages.json, placeholders included, for tests (any context's). */
import messages from '../../../public/_locales/en/messages.json';
import type { Translate } from '../i18n.ts';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** Resolves `key` like the browser: named placeholders → $n → substitutions; '' when missing. */
export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Record<string, Entry>)[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const named = entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '');
  return named.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** The real t() contract over messages.json: the key itself when missing. */
export const t: Translate = (key, substitutions) => getMessage(key, substitutions) || key;

/** Stands in for platform/extension-api.ts's `ext` where only i18n is used: `vi.mock(…, () => fakeI18nExt())`. */
export function fakeI18nExt(): { ext: { i18n: { getMessage: typeof getMessage } } } {
  return { ext: { i18n: { getMessage } } };
}
