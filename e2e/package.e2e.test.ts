/**
 * `npm run package` end to end: two runs give byte-identical store zips and source zip (reproducible
 * builds), and each zip holds what its store expects.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { artifactNames, packageAll } from '../scripts/package.ts';
import { ROOT } from './support/paths.ts';

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const names = artifactNames(version);
let first: Array<{ file: string; sha256: string }> = [];
let second: Array<{ file: string; sha256: string }> = [];

const manifestIn = async (file: string) => JSON.parse(await (await JSZip.loadAsync(readFileSync(file))).file('manifest.json')!.async('string')) as Record<string, unknown>;

beforeAll(async () => {
  first = await packageAll(mkdtempSync(join(tmpdir(), 'scansight-pkg-a-')));
  second = await packageAll(mkdtempSync(join(tmpdir(), 'scansight-pkg-b-')));
}, 240_000);

describe('npm run package', () => {
  it('writes the Chrome, Firefox and source zips, named with the version', () => {
    expect(first.map((a) => basename(a.file))).toEqual([names.chrome, names.firefox, names.source]);
  });

  it('is reproducible: a second run gives the same bytes', () => {
    expect(second.map((a) => a.sha256)).toEqual(first.map((a) => a.sha256));
  });

  it('each store zip carries its own flavour of the manifest, without the loopback e2e permissions', async () => {
    const chrome = await manifestIn(first[0]!.file);
    const firefox = await manifestIn(first[1]!.file);
    expect(chrome.version).toBe(version);
    expect(chrome.background).toMatchObject({ service_worker: expect.any(String) });
    expect(chrome.host_permissions).toEqual([]);
    expect(firefox.background).toMatchObject({ scripts: [expect.any(String)] });
    expect(firefox.browser_specific_settings).toMatchObject({ gecko: { id: expect.any(String) } });
    expect(firefox.host_permissions).toEqual([]);
  });

  it('the source zip holds what a reviewer needs to rebuild, and nothing built', async () => {
    const zip = await JSZip.loadAsync(readFileSync(first[2]!.file));
    const paths = Object.keys(zip.files).map((p) => p.replace(/^scansight-[^/]+\//, ''));
    for (const needed of ['manifest.json', 'package.json', 'package-lock.json', 'vite.config.ts', 'docs/publishing.md', 'src/background/main.ts']) {
      expect(paths).toContain(needed);
    }
    expect(paths.some((p) => /^(node_modules|dist[^/]*|artifacts)\//.test(p))).toBe(false);
  });
});
