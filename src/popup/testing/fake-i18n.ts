/** Test double for src/platform/i18n.ts: resolves keys from the real messages.json like chrome.i18n does. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const messages = JSON.parse(readFileSync(resolve(process.cwd(), 'public/_locales/en/messages.json'), 'utf8')) as Record<string, Entry>;

/** Same contract as the real t(): named placeholders, then $1…$9; the key itself when missing. */
export function t(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return key;
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole);
  return named.replace(/\$(\d)/g, (_whole, n: string) => subs[Number(n) - 1] ?? '');
}
