import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { FIXED_ZIP_DATE, normalizeZip } from './normalize-zip.ts';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** A zip of `files` added in the given order, each stamped with `date`. */
async function zipOf(files: Array<[string, string]>, date: Date): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of files) zip.file(name, text, { date });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const files: Array<[string, string]> = [
  ['manifest.json', '{"name":"x"}'],
  ['assets/b.js', 'console.log(2)'],
  ['assets/a.js', 'console.log(1)'],
  ['icons/icon-16.png', '\u0089PNG'],
];

describe('normalizeZip', () => {
  it('gives the same bytes for the same files, whatever their dates and order', async () => {
    const first = await normalizeZip(await zipOf(files, new Date('2026-01-02T03:04:05Z')));
    const second = await normalizeZip(await zipOf([...files].reverse(), new Date('2031-07-08T09:10:11Z')));
    expect(sha(first)).toBe(sha(second));
  });

  it('keeps every file and its contents, sorted by path, dated 1980-01-01, without directory entries', async () => {
    const out = await JSZip.loadAsync(await normalizeZip(await zipOf(files, new Date())));
    const entries = Object.values(out.files);
    expect(entries.map((e) => e.name)).toEqual(['assets/a.js', 'assets/b.js', 'icons/icon-16.png', 'manifest.json']);
    for (const [name, text] of files) expect(await out.file(name)!.async('string')).toBe(text);
    for (const e of entries) expect(e.date.getTime()).toBe(FIXED_ZIP_DATE.getTime());
  });

  it('different contents give different bytes', async () => {
    const a = await normalizeZip(await zipOf(files, new Date()));
    const b = await normalizeZip(await zipOf([...files, ['extra.txt', 'x']], new Date()));
    expect(sha(a)).not.toBe(sha(b));
  });

  it('rejects bytes that are not a zip with a clear error', async () => {
    await expect(normalizeZip(new TextEncoder().encode('not a zip'))).rejects.toThrow(/zip/i);
  });
});
