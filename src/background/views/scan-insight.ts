/**
 * Per-scan and per-project insight derived from cached facts with the core: classified error logs,
 * jobs failed first, remediation per failure kind, a project's history for escalation.
 */
import {
  classifyError, errorKindLabel, errorKindMessage, msg, escalation, remediationFor, statusLabel,
  type Escalation, type HistoryEntry, type Job, type Scan, type SourceCapabilities,
} from '../../core/index.ts';
import { latestAttempts } from '../../core/latest-attempts.ts';
import { normalizeJobStatus } from '../../core/normalize-status.ts';
import type { CacheFacts } from '../../cache/read-cache.ts';
import type { ClassifiedError, ScanDetail } from '../../messages.ts';
import { runsByProject, statusOf } from '../scan-rows.ts';

/** The provider of the integration a scan used, for provider-specific classification. */
export function providerOf(facts: CacheFacts, scan: Scan): string | null {
  const id = scan.integrationId ?? facts.projects.find((p) => p.id === scan.projectId)?.integrationId ?? null;
  return facts.integrations.find((i) => i.id === id)?.provider ?? null;
}

/** A scan's error logs, each with its classification, oldest first. */
export function classifiedErrors(facts: CacheFacts, scan: Scan): ClassifiedError[] {
  const provider = providerOf(facts, scan);
  return [...(facts.errorsByScan.get(scan.id) ?? [])]
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .map((log) => ({ ...log, classification: classifyError({ message: log.message, code: log.code, provider, detail: log.detail }) }));
}

const JOB_RANK: Record<string, number> = { failed: 0, timed_out: 0, unknown: 0, stopped: 1, running: 2, queued: 2, skipped: 3, succeeded: 4 };

/** The latest attempt of each job, failures first, then by name. */
export function jobsFailedFirst(jobs: ReadonlyArray<Job>): Job[] {
  const rank = (j: Job) => JOB_RANK[normalizeJobStatus(j.status).value] ?? 0;
  return latestAttempts(jobs).latest.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** One remediation per distinct failure kind (submission error first when the scan never reached the scanner). */
export function remediationOf(status: string, errors: ClassifiedError[], capabilities: SourceCapabilities, provider: string | null): ScanDetail['remediation'] {
  const out: ScanDetail['remediation'] = [];
  // A submission error never reached a scanner: its log explains the rejection, and the fix is the
  // submission-error checklist alone (classifying that log would add a misleading "Unknown error" block).
  if (status === 'submission_error') {
    return [{ kind: 'submission_error', label: statusLabel('submission_error'), labelMessage: msg('status_submission_error'), steps: remediationFor({ kind: 'submission_error', capabilities, provider }) }];
  }
  const seen = new Set<string>();
  for (const error of errors) {
    const { kind, detail } = error.classification;
    if (seen.has(kind)) continue;
    seen.add(kind);
    out.push({ kind, label: errorKindLabel(error.classification), labelMessage: errorKindMessage(error.classification), steps: remediationFor({ kind, capabilities, provider, ...(detail ? { detail } : {}) }) });
  }
  return out;
}

/** A project's runs as the core's escalation reads them. */
export function historyOf(facts: CacheFacts, projectId: string, now: number): HistoryEntry[] {
  const runs = runsByProject(facts.scans).get(projectId) ?? [];
  const created = new Map(facts.integrations.map((i) => [i.id, i.createdAt]));
  return runs.map((scan) => ({
    scanId: scan.id,
    status: statusOf(facts, scan, now).status,
    createdAt: scan.createdAt,
    integrationId: scan.integrationId,
    integrationCreatedAt: scan.integrationId ? (created.get(scan.integrationId) ?? null) : null,
    errorKinds: classifiedErrors(facts, scan).map((e) => e.classification.kind),
  }));
}

/** Seed 003's "when to contact support" for a project. */
export function projectEscalation(facts: CacheFacts, projectId: string, now: number): Escalation {
  return escalation(historyOf(facts, projectId, now));
}
