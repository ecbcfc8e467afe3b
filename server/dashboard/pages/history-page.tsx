/** A project's Findings dashboard: the History tab (past scans, ⋮ → Error) and a Findings summary. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useData } from '../use-data.ts';
import { wantJobs } from '../store.ts';
import { scansOfProject } from '../latest-scans.ts';
import { onLinkClick } from '../router.ts';
import { displayStatus } from '../scan-status.ts';
import { HistoryRow } from '../components/history-row.tsx';
import { ErrorPanel } from '../components/error-panel.tsx';
import { RunControls } from '../components/run-controls.tsx';
import { FindingsSummary } from '../components/findings-summary.tsx';

/** The page at /app/projects/{id}/history (tab history) or /findings. */
export function HistoryPage({ projectId, tab }: { projectId: string; tab: 'history' | 'findings' }) {
  const data = useData();
  const [errorScanId, setErrorScanId] = useState<string | null>(null);
  const project = data.projects.find((p) => p.id === projectId);
  const scans = useMemo(() => scansOfProject(data.scans, projectId), [data.scans, projectId]);
  const ids = scans.map((s) => s.id);
  useEffect(() => wantJobs(ids), [ids.join(','), data.scans]);

  if (!data.loaded) return <section class="page"><p class="muted">Loading…</p></section>;
  if (!project) return <section class="page"><h1>Project not found</h1><a href="/app/projects" onClick={onLinkClick}>Back to Projects</a></section>;

  const base = `/app/projects/${encodeURIComponent(project.id)}`;
  const latest = scans[0];
  const latestStatus = latest ? displayStatus(latest, data.jobs.get(latest.id)?.jobs) : null;
  const errorScan = scans.find((s) => s.id === errorScanId);
  const connectorName = (id: string | null) => data.integrations.find((i) => i.id === id)?.name ?? (id ? `${id} (deleted)` : '—');

  return (
    <section class="page">
      <header class="page-header">
        <div class="breadcrumb">
          <a href="/app/projects" onClick={onLinkClick}>Projects</a> / {project.name}
        </div>
        <h1>{project.name}</h1>
        <RunControls project={project} integrations={data.integrations} running={latestStatus?.status === 'running'} neverRun={!latest || latestStatus?.status === 'not_started'} />
      </header>
      <nav class="tabs" aria-label="Findings dashboard">
        <a class={tab === 'findings' ? 'tab active' : 'tab'} href={`${base}/findings`} onClick={onLinkClick}>Findings</a>
        <a class={tab === 'history' ? 'tab active' : 'tab'} href={`${base}/history`} onClick={onLinkClick} aria-current={tab === 'history' ? 'page' : undefined}>History</a>
      </nav>
      {tab === 'findings' ? (
        <FindingsSummary scans={scans} jobs={data.jobs} />
      ) : scans.length === 0 ? (
        <p class="muted">No scans yet.</p>
      ) : (
        <table class="history">
          <thead>
            <tr><th>Scan</th><th>Status</th><th>Started</th><th>Duration</th><th>Jobs</th><th>Connector</th><th><span class="sr-only">Actions</span></th></tr>
          </thead>
          <tbody>
            {scans.map((scan) => (
              <HistoryRow key={`${scan.id}@${scan.updatedAt}`} scan={scan} jobs={data.jobs.get(scan.id)?.jobs} connector={connectorName(scan.integrationId)}
                now={data.serverNow} onShowErrors={() => setErrorScanId(scan.id)} />
            ))}
          </tbody>
        </table>
      )}
      {errorScan && (
        <ErrorPanel scanId={errorScan.id} scanName={errorScan.name} updatedAt={errorScan.updatedAt} jobs={data.jobs.get(errorScan.id)?.jobs} onClose={() => setErrorScanId(null)} />
      )}
    </section>
  );
}
