import type { ErrorLog, Job, Project, Scan, ScanStatus } from './types.ts';
import { statusLabel } from './status-label.ts';
import { normalizeJobStatus } from './normalize-status.ts';
import { classifyError, errorKindLabel } from './classify-error.ts';
import { durationMs } from './job-duration.ts';
import { roughDuration } from './time.ts';
import { redactSecrets } from './redact-secrets.ts';

export interface SupportBundleInput {
  project: Pick<Project, 'id' | 'name' | 'kind'> | null;
  scan: Scan;
  status: ScanStatus;
  jobs: ReadonlyArray<Job>;
  errors: ReadonlyArray<ErrorLog>;
  /** ISO time the bundle was made. */
  generatedAt: string;
}

/** Caps that keep a bundle pasteable into a support form. */
export const BUNDLE_LIMITS = { jobs: 50, errors: 30, messageChars: 2000, detailLines: 12 } as const;

/**
 * Plain text for a support request (seed 003: "include relevant error log details"): ids, times,
 * statuses, the jobs that did not succeed and the error lines with their classification — every
 * line passed through {@link redactSecrets}, so no key, token, client secret, private key or URL
 * password leaves the machine. Deterministic for the same input.
 */
export function supportBundle(input: SupportBundleInput): string {
  const { project, scan, status, generatedAt } = input;
  const jobs = input.jobs ?? [];
  const errors = input.errors ?? [];
  const lines: string[] = [
    `ScanSight support bundle (generated ${generatedAt})`,
    '',
    project ? `Project: ${project.name} (id ${project.id}, ${project.kind})` : `Project: id ${scan.projectId}`,
    `Scan: ${scan.name} (id ${scan.id}, ${scan.kind})`,
    `Status: ${statusLabel(status)} [${status}], lifecycle "${scan.lifecycle}"`,
    `Integration: ${scan.integrationId ?? 'none'}`,
    `Times: created ${scan.createdAt}; submitted ${scan.submittedAt ?? '—'}; started ${scan.startedAt ?? '—'}; finished ${scan.finishedAt ?? '—'}`,
  ];
  if (scan.submissionError) lines.push(`Submission error: ${oneLine(redactSecrets(scan.submissionError))}`);

  const notOk = jobs.filter((j) => normalizeJobStatus(j.status).value !== 'succeeded');
  lines.push('', `Jobs: ${jobs.length} (${countByStatus(jobs)})`);
  for (const job of notOk.slice(0, BUNDLE_LIMITS.jobs)) lines.push(`  ${jobLine(job)}`);
  if (notOk.length > BUNDLE_LIMITS.jobs) lines.push(`  … ${notOk.length - BUNDLE_LIMITS.jobs} more jobs not shown`);

  lines.push('', `Error logs: ${errors.length}`);
  for (const e of errors.slice(0, BUNDLE_LIMITS.errors)) lines.push(...errorLines(e));
  if (errors.length > BUNDLE_LIMITS.errors) lines.push(`  … ${errors.length - BUNDLE_LIMITS.errors} more error logs not shown`);

  return redactSecrets(lines.join('\n'));
}

function countByStatus(jobs: ReadonlyArray<Job>): string {
  const counts = new Map<string, number>();
  for (const j of jobs) {
    const s = normalizeJobStatus(j.status).value;
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([s, n]) => `${n} ${s}`).join(', ') || 'none';
}

function jobLine(job: Job): string {
  const t = job.target ?? { account: null, region: null, service: null };
  const where = [t.service, t.region, t.account].filter((x) => x).join(' · ');
  const d = durationMs(job);
  return [
    `${job.id} "${job.name}"`,
    where ? `[${where}]` : '',
    `status ${job.status}`,
    `attempt ${job.attempt}`,
    `started ${job.startedAt ?? '—'}`,
    `finished ${job.finishedAt ?? '—'}`,
    `duration ${d === null ? '—' : roughDuration(d)}`,
  ].filter((x) => x !== '').join(', ');
}

function errorLines(e: ErrorLog): string[] {
  const c = classifyError({ message: e.message, code: e.code, detail: e.detail });
  const out = [
    `- ${e.at} error ${e.id}${e.jobId ? ` (job ${e.jobId})` : ''}${e.code ? ` code ${e.code}` : ''} → ${errorKindLabel(c)}`,
    `    ${oneLine(redactSecrets(e.message)).slice(0, BUNDLE_LIMITS.messageChars)}`,
  ];
  if (e.detail) {
    // Redact before cutting: a key block split over lines or cut short must not leak its tail.
    const detail = redactSecrets(e.detail).split(/\r?\n/).slice(0, BUNDLE_LIMITS.detailLines);
    for (const line of detail) out.push(`    | ${line.slice(0, BUNDLE_LIMITS.messageChars)}`);
  }
  return out;
}

function oneLine(text: string): string {
  return String(text ?? '').replace(/\s{1,1000}/g, ' ').trim();
}
