/**
 * Bundle sizes (gzip) per entry of the production Chrome build: each entry file plus every chunk it
 * imports statically, each file gzipped on its own (level 9) and summed, as a browser or a store
 * would fetch and store them. The content script is the file the background registers with
 * scripting.registerContentScripts (found by its path string in the background's chunks).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { metric, type Metric } from './support/metric.ts';

const KB = 1024;

/** Relative static imports of an ES module (`import … from "./x.js"`, `import "./x.js"`). */
function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) found.add(match[1]!);
  return [...found];
}

/** The entry and every chunk reachable from it through static imports, as absolute paths. */
export function closure(dist: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      const target = spec.startsWith('/') ? join(dist, spec) : resolve(dirname(file), spec);
      if (existsSync(target)) visit(target);
    }
  };
  visit(join(dist, entry));
  return [...seen];
}

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function entryFiles(dist: string): { background: string[]; popup: string[]; content: string[] } {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    background: { service_worker: string };
    action: { default_popup: string };
  };
  const background = closure(dist, manifest.background.service_worker);
  const html = readFileSync(join(dist, manifest.action.default_popup), 'utf8');
  const popupScripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const popup = [...new Set(popupScripts.flatMap((src) => closure(dist, src.replace(/^\//, ''))))];
  const registered = new Set<string>();
  for (const file of background) {
    for (const m of readFileSync(file, 'utf8').matchAll(/["'](src\/content\/[^"']+\.js)["']/g)) registered.add(m[1]!);
  }
  const content = [...registered].flatMap((path) => closure(dist, path));
  if (content.length === 0) throw new Error('bundle sizes: no content script path found in the background chunks');
  return { background, popup, content };
}

/** The three entries' gzip sizes in KB (KiB), against their budgets. */
export function measureBundleSizes(dist: string): Metric[] {
  const entries = entryFiles(dist);
  const size = (files: string[]) => files.reduce((sum, file) => sum + gzipBytes(file), 0) / KB;
  const list = (files: string[]) => files.map((f) => relative(dist, f)).join(', ');
  const figure = (name: string, files: string[], budget: number) =>
    metric(name, 'KB gzip', [size(files)], {
      target: { op: '<=', value: budget },
      note: `${files.length} files: ${list(files)}. Deterministic build: one measurement.`,
    });
  return [
    figure('bundle: background (service worker + chunks)', entries.background, 40), // issue 20: the wake, not this figure, is what a user pays
    figure('bundle: popup (entry + chunks, JS)', entries.popup, 25),
    figure('bundle: content script', entries.content, 15),
  ];
}
