/** Every locale in public/_locales is complete: English's keys, each with the same placeholders. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const DIR = join(process.cwd(), 'public', '_locales');
const read = (locale: string) => JSON.parse(readFileSync(join(DIR, locale, 'messages.json'), 'utf8')) as Record<string, Entry>;
const named = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
const en = read('en');
const others = readdirSync(DIR).filter((d) => d !== 'en');

describe('locales', () => {
  it('has at least one complete locale besides English', () => {
    expect(others).toContain('de');
  });

  it('English defines every placeholder its messages use', () => {
    for (const [key, entry] of Object.entries(en)) {
      for (const name of named(entry.message)) expect(entry.placeholders?.[name], `${key} $${name}$`).toBeDefined();
    }
  });

  it.each(others)('%s has exactly the English keys, each non-empty, with the same placeholders', (locale) => {
    const messages = read(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(messages)) {
      expect(entry.message.trim(), key).not.toBe('');
      expect(named(entry.message), key).toEqual(named(en[key]!.message));
      expect(entry.placeholders ?? null, key).toEqual(en[key]!.placeholders ?? null);
    }
  });
});
