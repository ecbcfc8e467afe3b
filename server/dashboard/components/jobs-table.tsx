/** A scan's jobs: `table.jobs` with one `tr.job-row[data-job-id][data-scan-id]` per job. */
import { normalizeJobStatus } from '../../../src/core/normalize-status.ts';
import type { Job } from '../../../src/core/index.ts';
import { clockTime, duration } from '../format.ts';

const JOB_LABELS: Record<string, string> = {
  queued: 'Queued', running: 'Running', succeeded: 'Succeeded', failed: 'Failed',
  timed_out: 'Timed out', stopped: 'Stopped', skipped: 'Skipped',
};

function jobLabel(status: string): string {
  return JOB_LABELS[normalizeJobStatus(status).value] ?? status;
}

/** The jobs table, or a loading / empty note. */
export function JobsTable({ jobs, now }: { jobs: readonly Job[] | undefined; now: number }) {
  if (!jobs) return <p class="muted">Loading jobs…</p>;
  if (jobs.length === 0) return <p class="muted">No jobs were created for this scan.</p>;
  return (
    <table class="jobs">
      <thead>
        <tr><th>Job</th><th>Status</th><th>Duration</th><th>Started</th><th>Ended</th></tr>
      </thead>
      <tbody>
        {jobs.map((job) => {
          const kind = normalizeJobStatus(job.status).value;
          const ms = job.durationMs ?? (job.startedAt && !job.finishedAt ? now - Date.parse(job.startedAt) : null);
          return (
            <tr class={`job-row job-${kind}`} key={`${job.id}#${job.attempt}`} data-job-id={job.id} data-scan-id={job.scanId}>
              <td class="job-name">{job.name}{job.attempt > 1 ? ` (attempt ${job.attempt})` : ''}</td>
              <td class="job-status">{jobLabel(job.status)}</td>
              <td>{duration(ms)}</td>
              <td>{clockTime(job.startedAt)}</td>
              <td>{clockTime(job.finishedAt)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
