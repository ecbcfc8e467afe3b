/** The popup's detail view of one scan, computed from the cache with the core. */
import { supportBundle, type SourceCapabilities } from '../../core/index.ts';
import type { CacheFacts } from '../../cache/read-cache.ts';
import type { ScanDetail } from '../../messages.ts';
import { scanRows } from '../scan-rows.ts';
import { classifiedErrors, jobsFailedFirst, projectEscalation, providerOf, remediationOf } from './scan-insight.ts';

/** The detail of `scanId`, or null when it is not cached. */
export function scanDetail(facts: CacheFacts, scanId: string, capabilities: SourceCapabilities, now: number): ScanDetail | null {
  const scan = facts.scans.find((s) => s.id === scanId);
  const row = scanRows({ ...facts, scans: facts.scans.filter((s) => s.projectId === scan?.projectId) }, now).find((r) => r.scanId === scanId);
  if (!scan || !row) return null;
  const errors = classifiedErrors(facts, scan);
  const jobs = jobsFailedFirst(facts.jobsByScan.get(scan.id) ?? []);
  const project = facts.projects.find((p) => p.id === scan.projectId) ?? null;
  const integrationId = scan.integrationId ?? project?.integrationId ?? null;
  return {
    row,
    scan,
    jobs,
    errors,
    remediation: remediationOf(row.status, errors, capabilities, providerOf(facts, scan)),
    escalation: projectEscalation(facts, scan.projectId, now),
    supportBundle: supportBundle({ project, scan, status: row.status, jobs, errors, generatedAt: new Date(now).toISOString() }),
    integration: facts.integrations.find((i) => i.id === integrationId) ?? null,
  };
}
