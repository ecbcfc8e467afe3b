/** Cloud Security Misconfigurations → Projects: the accordion list, 50 projects a page. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useData } from '../use-data.ts';
import { wantJobs } from '../store.ts';
import { latestByProject } from '../latest-scans.ts';
import { ProjectRow } from '../components/project-row.tsx';

/** Projects a page; `?pageSize=<n>` overrides it (the benchmarks render thousands of job rows on one page). */
const PAGE_SIZE = Math.max(1, Math.floor(Number(new URLSearchParams(location.search).get('pageSize'))) || 50);

/** The Projects page. */
export function ProjectsPage() {
  const data = useData();
  const [page, setPage] = useState(0);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const latest = useMemo(() => latestByProject(data.scans), [data.scans]);
  const pages = Math.max(1, Math.ceil(data.projects.length / PAGE_SIZE));
  const visible = data.projects.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const visibleScanIds = visible.map((p) => latest.get(p.id)?.id).filter((id): id is string => id !== undefined);
  const key = visibleScanIds.join(',');
  useEffect(() => wantJobs(visibleScanIds), [key, data.scans]);

  const toggle = (projectId: string) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(projectId)) next.add(projectId);
      return next;
    });

  return (
    <section class="page">
      <header class="page-header">
        <div class="breadcrumb">Cloud Security Misconfigurations</div>
        <h1>Projects</h1>
      </header>
      {!data.loaded ? (
        <p class="muted">Loading projects…</p>
      ) : data.projects.length === 0 ? (
        <p class="muted">No projects yet.</p>
      ) : (
        <div class="accordion" role="list">
          <div class="accordion-columns" aria-hidden="true">
            <span /><span>Project</span><span>Type</span><span>Status</span><span>Started</span><span>Duration</span><span />
          </div>
          {visible.map((project) => {
            const scan = latest.get(project.id);
            // Keyed by the scan's updatedAt: a row whose data changed is replaced, as the product's list does.
            return (
              <ProjectRow key={`${project.id}@${scan?.id}@${scan?.updatedAt}`} project={project} scan={scan} jobs={scan ? data.jobs.get(scan.id)?.jobs : undefined}
                expanded={expanded.has(project.id)} onToggle={() => toggle(project.id)} now={data.serverNow} />
            );
          })}
        </div>
      )}
      {pages > 1 && (
        <nav class="pager" aria-label="Pages">
          <button type="button" class="btn" disabled={page === 0} onClick={() => setPage(page - 1)}>Previous</button>
          <span>Page {page + 1} of {pages}</span>
          <button type="button" class="btn" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>Next</button>
        </nav>
      )}
    </section>
  );
}
