/**
 * What the dashboard overlay may know: statuses, counts, classifications and hints for the rows it
 * annotates. No settings, no token, no URLs beyond what the dashboard already shows.
 */
import { errorKindLabel, isBadStatus, redactClassification, statusLabel, supportBundle, type Scan, type SourceCapabilities } from '../../core/index.ts';
import type { CacheFacts } from '../../cache/read-cache.ts';
import type { OverlayData, OverlayJob, OverlayProject, OverlayScan, SourceType } from '../../messages.ts';
import { latestScans, runsByProject, statusOf } from '../scan-rows.ts';
import { classifiedErrors, jobsFailedFirst, projectEscalation, providerOf, remediationOf } from './scan-insight.ts';
import { jobFailed } from '../../core/job-failed.ts';
import { latestAttempts } from '../../core/latest-attempts.ts';

function overlayScan(facts: CacheFacts, scan: Scan, capabilities: SourceCapabilities, now: number): OverlayScan {
  const status = statusOf(facts, scan, now).status;
  const errors = classifiedErrors(facts, scan);
  // Whole job records where they were read (latest runs); otherwise the compact facts suffice.
  const full = facts.jobsByScan.get(scan.id);
  const jobs = full ? jobsFailedFirst(full) : null;
  const attempts = jobs ?? latestAttempts(facts.attemptsByScan.get(scan.id) ?? []).latest;
  // Only failed jobs: the overlay annotates no other job row (and a large cache holds 100,000s of jobs).
  const overlayJobs: OverlayJob[] = [];
  for (const job of attempts) {
    if (!jobFailed(job.status, scan.lifecycle)) continue;
    // Evidence is raw log text and goes to the dashboard page: redacted like the support bundle.
    const found = errors.find((e) => e.jobId === job.id)?.classification;
    const classification = found ? redactClassification(found) : null;
    overlayJobs.push({ jobId: job.id, scanId: scan.id, status: job.status, failed: true, classification, kindLabel: classification ? errorKindLabel(classification) : null });
  }
  const bad = isBadStatus(status);
  const project = facts.projects.find((p) => p.id === scan.projectId) ?? null;
  const integrationId = scan.integrationId ?? project?.integrationId ?? null;
  return {
    scanId: scan.id,
    projectId: scan.projectId,
    integrationId,
    accountUid: facts.integrations.find((i) => i.id === integrationId)?.accountUid ?? null,
    status,
    label: statusLabel(status),
    jobs: overlayJobs,
    remediation: bad ? remediationOf(status, errors, capabilities, providerOf(facts, scan)) : [],
    supportBundle: bad && jobs ? supportBundle({ project, scan, status, jobs, errors, generatedAt: new Date(now).toISOString() }) : null,
  };
}

function overlayProject(facts: CacheFacts, projectId: string, now: number): OverlayProject {
  const runs = runsByProject(facts.scans).get(projectId) ?? [];
  const latest = runs[0];
  const result = latest ? statusOf(facts, latest, now) : null;
  let failureStreak = 0;
  for (const run of runs) {
    const status = statusOf(facts, run, now).status;
    if (status === 'running' || status === 'not_started') continue;
    if (!isBadStatus(status)) break;
    failureStreak++;
  }
  return {
    projectId,
    latestScanId: latest?.id ?? null,
    status: result?.status ?? null,
    label: result ? statusLabel(result.status) : '',
    jobCount: result?.counts.total ?? 0,
    failed: result?.counts.failed ?? 0,
    running: result ? result.counts.running + result.counts.queued : 0,
    succeeded: result?.counts.succeeded ?? 0,
    failureStreak,
    escalation: projectEscalation(facts, projectId, now),
  };
}

/** The reply when the overlay is off (switched off, or the page is not on the dashboard). */
export function overlayOff(dashboard: SourceType): OverlayData {
  return { enabled: false, dashboard, projects: [], scans: [], rejectedIntegrations: [] };
}

/** The overlay's data; `enabled` false (and nothing else) when the overlay is switched off. */
export function overlayData(facts: CacheFacts, input: { enabled: boolean; dashboard: SourceType; capabilities: SourceCapabilities; now: number }): OverlayData {
  if (!input.enabled) return overlayOff(input.dashboard);
  const projectIds = [...new Set([...facts.projects.map((p) => p.id), ...facts.scans.map((s) => s.projectId)])];
  // What the page can annotate: each project's latest run, and runs with a failure to explain.
  const latest = new Set(latestScans(facts).map((s) => s.id));
  const scans = facts.scans
    .map((s) => overlayScan(facts, s, input.capabilities, input.now))
    .filter((s) => latest.has(s.scanId) || s.jobs.length > 0 || s.remediation.length > 0);
  const rejected = new Set(facts.integrations.filter((i) => i.lastAuthStatus === 'failed').map((i) => i.id));
  for (const scan of latestScans(facts)) {
    const integrationId = scan.integrationId;
    if (integrationId && classifiedErrors(facts, scan).some((e) => e.classification.kind === 'invalid_credentials')) rejected.add(integrationId);
  }
  const integration = (id: string) => facts.integrations.find((i) => i.id === id);
  return {
    enabled: true,
    dashboard: input.dashboard,
    projects: projectIds.map((id) => overlayProject(facts, id, input.now)),
    scans,
    rejectedIntegrations: [...rejected].map((id) => ({ integrationId: id, name: integration(id)?.name ?? id, accountUid: integration(id)?.accountUid ?? null })),
  };
}
