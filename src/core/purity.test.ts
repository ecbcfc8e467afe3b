import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const coreDir = new URL('.', import.meta.url).pathname;
const sources = readdirSync(coreDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => ({ file: f, text: readFileSync(join(coreDir, f), 'utf8') }));

const importPattern = /\b(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/g;
const forbiddenGlobals = /\b(?:chrome|browser|document|window|indexedDB|localStorage|XMLHttpRequest)\s*\.|\bfetch\s*\(/;

describe('src/core stays pure', () => {
  it('has sources to check', () => {
    expect(sources.length).toBeGreaterThan(5);
  });

  it.each(sources)('$file imports only from src/core', ({ text }) => {
    for (const match of text.matchAll(importPattern)) {
      const spec = match[1] ?? match[2] ?? '';
      expect(spec, `import of ${spec}`).toMatch(/^\.\/(?!.*\.\.)/);
    }
  });

  it.each(sources)('$file reaches no browser, DOM, fetch or idb', ({ text }) => {
    // String literals are data (the error corpora quote logs that say "document." or "fetch("), not code.
    const code = text
      .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''")
      .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(forbiddenGlobals);
  });

  it('the checks catch an impure file', () => {
    expect('import { openDB } from "idb";'.matchAll(importPattern).next().value?.[1]).toBe('idb');
    expect('const r = await fetch(url)').toMatch(forbiddenGlobals);
    expect("const s = 'fetch(url)';".replace(/'(?:[^'\\\n]|\\.)*'/g, "''")).not.toMatch(forbiddenGlobals);
  });
});
