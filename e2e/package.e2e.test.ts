/**
 * `npm run package` end to end: a run here and a run from a copy of the tree in another directory give
 * byte-identical store zips and source zip (reproducible builds), and each zip holds what its store expects.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
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
  // The same tree elsewhere (build paths must not leak into the bytes), sharing node_modules.
  const copy = mkdtempSync(join(tmpdir(), 'scansight-copy-'));
  const skip = /^(node_modules|dist[^/]*|artifacts|coverage|\.demo)(\/|$)/;
  cpSync(ROOT, copy, { recursive: true, filter: (src) => !skip.test(relative(ROOT, src)) });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  const out = mkdtempSync(join(tmpdir(), 'scansight-pkg-b-'));
  const printed = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/package.ts', '--out-dir', out], { cwd: copy, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  second = printed.split('\n').filter((line) => line.includes(out)).map((line) => {
    const [sha256, file] = line.trim().split(/\s+/);
    return { sha256: sha256!, file: file! };
  });
  rmSync(copy, { recursive: true, force: true });
}, 240_000);

describe('npm run package', () => {
  it('writes the Chrome, Firefox and source zips, named with the version', () => {
    expect(first.map((a) => basename(a.file))).toEqual([names.chrome, names.firefox, names.source]);
  });

  it('is reproducible: a second run, from another directory, gives the same bytes', () => {
    expect(second.map((a) => basename(a.file))).toEqual(first.map((a) => basename(a.file)));
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
