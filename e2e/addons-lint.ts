/**
 * Lints the Firefox build with Mozilla's addons-linter (`web-ext lint`) and compares it with the reviewed
 * baseline (e2e/addons-lint-baseline.json): any error, or any warning not in the baseline, fails.
 * Run alone: `node --import tsx e2e/addons-lint.ts [dir]` (default dist-firefox; build it first).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DIST_FIREFOX, ROOT } from './support/paths.ts';

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

export interface BaselineEntry {
  code: string;
  file: string;
  reason: string;
}

/** A built file's name with its content hash replaced, so the baseline survives rebuilds. */
export function stableFileName(file = ''): string {
  return file.replace(/-[A-Za-z0-9_-]{8}(\.[a-z]+)$/, '-[hash]$1');
}

/** Runs `web-ext lint --output json` on `dir`. */
export async function runAddonsLinter(dir: string): Promise<LintReport> {
  const webExt = join(ROOT, 'node_modules', '.bin', 'web-ext');
  const args = ['lint', '--source-dir', dir, '--output', 'json', '--no-input'];
  // web-ext exits non-zero when there are errors; the JSON on stdout is what we read either way.
  const { stdout } = await promisify(execFile)(webExt, args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }).catch(
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
  );
  const start = stdout.indexOf('{');
  if (start < 0) throw new Error(`web-ext lint printed no JSON:\n${stdout}`);
  return JSON.parse(stdout.slice(start)) as LintReport;
}

/** Warnings the baseline does not cover. */
export function newWarnings(report: LintReport, baseline: readonly BaselineEntry[]): LintMessage[] {
  return report.warnings.filter((w) => !baseline.some((b) => b.code === w.code && b.file === stableFileName(w.file)));
}

/** Baseline entries no current warning matches (fixed: they should be removed from the baseline). */
export function staleBaseline(report: LintReport, baseline: readonly BaselineEntry[]): BaselineEntry[] {
  return baseline.filter((b) => !report.warnings.some((w) => b.code === w.code && b.file === stableFileName(w.file)));
}

export function readBaseline(): BaselineEntry[] {
  const path = join(ROOT, 'e2e', 'addons-lint-baseline.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { warnings: BaselineEntry[] }).warnings;
}

const describe = (m: LintMessage) => `${m.code} ${m.file ?? ''}: ${m.message}`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = await runAddonsLinter(process.argv[2] ?? DIST_FIREFOX);
  const baseline = readBaseline();
  const added = newWarnings(report, baseline);
  console.log(`addons-linter: ${report.errors.length} errors, ${report.warnings.length} warnings (${baseline.length} reviewed in the baseline), ${report.notices.length} notices`);
  for (const m of report.errors) console.log(`  error   ${describe(m)}`);
  for (const m of added) console.log(`  NEW warning ${describe(m)}`);
  for (const b of staleBaseline(report, baseline)) console.log(`  baseline entry no longer needed: ${b.code} ${b.file}`);
  process.exitCode = report.errors.length > 0 || added.length > 0 ? 1 : 0;
}
