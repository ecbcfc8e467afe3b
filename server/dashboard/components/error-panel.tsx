/**
 * The error log panel of one scan (`[role=dialog].error-panel[data-scan-id]`): each entry
 * (`.error-entry[data-error-id][data-job-id]`) expands with its arrow to show the full log.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ErrorLog, Job } from '../../../src/core/index.ts';
import { fetchErrors } from '../api.ts';
import { shortDate, clockTime } from '../format.ts';

function ErrorEntry({ entry, job }: { entry: ErrorLog; job: Job | undefined }) {
  const [open, setOpen] = useState(false);
  const bodyId = `error-${entry.id}`;
  return (
    <div class="error-entry" data-error-id={entry.id} data-job-id={entry.jobId ?? ''}>
      <div class="error-entry-header">
        <button type="button" class="error-toggle" aria-expanded={open} aria-controls={bodyId} aria-label={open ? 'Collapse error' : 'Expand error'} onClick={() => setOpen(!open)}>
          {open ? '▾' : '▸'}
        </button>
        <span class="error-target">{job ? job.name : entry.jobId ? entry.jobId : 'Scan'}</span>
        {entry.code && <code class="error-code">{entry.code}</code>}
        <span class="error-summary">{entry.message}</span>
        <time class="error-at" dateTime={entry.at}>{clockTime(entry.at)}</time>
      </div>
      {open && (
        <div class="error-body" id={bodyId}>
          <p class="error-message">{entry.message}</p>
          {entry.detail && <pre class="error-detail">{entry.detail}</pre>}
          <dl class="error-meta">
            <dt>Time</dt><dd>{shortDate(entry.at)}</dd>
            {entry.jobId && (<><dt>Job</dt><dd>{entry.jobId}</dd></>)}
          </dl>
        </div>
      )}
    </div>
  );
}

/** The panel; fetches the scan's error logs when opened (and when the scan changes). */
export function ErrorPanel({ scanId, scanName, updatedAt, jobs, onClose }: { scanId: string; scanName: string; updatedAt: string; jobs: readonly Job[] | undefined; onClose: () => void }) {
  const [errors, setErrors] = useState<ErrorLog[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    fetchErrors(scanId).then(
      (r) => live && setErrors(r.body.data),
      (e: unknown) => live && setProblem(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [scanId, updatedAt]);
  const jobById = new Map((jobs ?? []).map((j) => [j.id, j]));
  return (
    <aside role="dialog" class="error-panel" data-scan-id={scanId} aria-label={`Error logs of ${scanName}`}>
      <header class="panel-header">
        <h2>Error logs</h2>
        <span class="muted">{scanName}</span>
        <button type="button" class="panel-close" aria-label="Close" onClick={onClose}>×</button>
      </header>
      {problem && <p class="banner banner-error">{problem}</p>}
      {!errors && !problem && <p class="muted">Loading error logs…</p>}
      {errors?.length === 0 && <p class="muted">No error logs: only partially successful or failed jobs have error details.</p>}
      {errors?.map((entry) => <ErrorEntry key={entry.id} entry={entry} job={entry.jobId ? jobById.get(entry.jobId) : undefined} />)}
    </aside>
  );
}
