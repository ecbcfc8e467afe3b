/** The Findings tab: checks of the latest finished scan per service (passed / failed). */
import type { Job, Scan } from '../../../src/core/index.ts';

/** A table of services with their passed and failed check groups. */
export function FindingsSummary({ scans, jobs }: { scans: Scan[]; jobs: ReadonlyMap<string, { jobs: Job[] }> }) {
  const latest = scans.find((s) => s.finishedAt && (jobs.get(s.id)?.jobs.length ?? 0) > 0);
  if (!latest) return <p class="muted">No finished scan with results yet.</p>;
  const byService = new Map<string, { passed: number; failed: number }>();
  for (const job of jobs.get(latest.id)?.jobs ?? []) {
    const service = job.target.service ?? job.name;
    const row = byService.get(service) ?? { passed: 0, failed: 0 };
    if (job.status === 'succeeded') row.passed++;
    else if (job.status !== 'skipped') row.failed++;
    byService.set(service, row);
  }
  return (
    <div class="findings">
      <p class="muted">From {latest.name}</p>
      <table class="findings-table">
        <thead><tr><th>Service</th><th>Check groups completed</th><th>Not completed</th></tr></thead>
        <tbody>
          {[...byService].map(([service, row]) => (
            <tr key={service}><td>{service}</td><td>{row.passed}</td><td>{row.failed}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
