/** chrome.i18n.getMessage over the real messages.json, placeholders included, for tests. */
import messages from '../../../public/_locales/en/messages.json';

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
