/** The Prowler App snapshot the harness is proven on (README "Prowler App's real UI"). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PROVEN_SNAPSHOT = {
  repo: 'prowler-cloud/prowler',
  commit: '3e000faa3109230b748e4418a13c11c9e59f5cfb',
  date: '2026-08-21',
  folder: 'ui/',
} as const;

/** The checkout's description for fixture headers: the proven snapshot, plus the UI's package version. */
export function describeSnapshot(uiDir: string): string {
  const pkg = join(uiDir, 'package.json');
  const next = join(uiDir, 'node_modules/next/package.json');
  const version = (file: string) => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version : '?');
  const commit = process.env.PROWLER_UI_COMMIT ?? PROVEN_SNAPSHOT.commit;
  return `${PROVEN_SNAPSHOT.repo}@${commit} (${commit === PROVEN_SNAPSHOT.commit ? PROVEN_SNAPSHOT.date : 'date unknown'}), ${PROVEN_SNAPSHOT.folder} (package ${version(pkg)}, Next ${version(next)}), next build + next start`;
}
