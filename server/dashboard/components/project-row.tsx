/**
 * One accordion row of Projects: `.accordion-item[data-project-id][data-scan-id]` with the project
 * link, scan type, status icon, start, duration, actions, and the expandable jobs table.
 */
import type { Job, Project, Scan } from '../../../src/core/index.ts';
import { onLinkClick } from '../router.ts';
import { shortDate, scanDuration } from '../format.ts';
import { displayStatus } from '../scan-status.ts';
import { StatusIcon } from './status-icon.tsx';
import { JobsTable } from './jobs-table.tsx';
import { ScanActions } from './scan-actions.tsx';

export interface ProjectRowProps {
  project: Project;
  scan: Scan | undefined;
  jobs: readonly Job[] | undefined;
  expanded: boolean;
  onToggle: () => void;
  now: number;
}

/** A project's row. */
export function ProjectRow({ project, scan, jobs, expanded, onToggle, now }: ProjectRowProps) {
  const status = scan ? displayStatus(scan, jobs) : null;
  const bodyId = scan ? `jobs-${scan.id}` : `jobs-${project.id}`;
  return (
    <div class="accordion-item" data-project-id={project.id} data-scan-id={scan?.id}>
      <div class="accordion-header">
        <button type="button" class="accordion-toggle" aria-expanded={expanded} aria-controls={bodyId} aria-label={expanded ? 'Collapse jobs' : 'Expand jobs'} disabled={!scan} onClick={onToggle}>
          {expanded ? '▾' : '▸'}
        </button>
        <a class="project-link" href={`/app/projects/${encodeURIComponent(project.id)}/history`} onClick={onLinkClick}>{project.name}</a>
        <span class="scan-type">{project.kind.toUpperCase()}</span>
        {scan ? <StatusIcon status={status} /> : <span class="scan-status-none muted">Never scanned</span>}
        <time class="started" dateTime={scan?.startedAt ?? undefined}>{shortDate(scan?.startedAt ?? null)}</time>
        <span class="duration">{scan ? scanDuration(scan.startedAt, scan.finishedAt, now) : '—'}</span>
        <ScanActions projectId={project.id} scan={scan} status={scan ? status : { status: 'not_started', label: '', tooltip: '', progress: 0 }} />
      </div>
      {expanded && scan && (
        <div class="accordion-body" id={bodyId}>
          <JobsTable jobs={jobs} now={now} />
        </div>
      )}
    </div>
  );
}
