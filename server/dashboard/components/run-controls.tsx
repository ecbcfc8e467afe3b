/** The project page's "Run scan" control: pick a connector (after re-creating one) and run. */
import { useState } from 'preact/hooks';
import type { Integration, Project } from '../../../src/core/index.ts';
import { runProject } from '../api.ts';
import { refresh } from '../store.ts';

/** A connector select and the Run / Re-run button. */
export function RunControls({ project, integrations, running, neverRun }: { project: Project; integrations: Integration[]; running: boolean; neverRun: boolean }) {
  const current = integrations.some((i) => i.id === project.integrationId) ? project.integrationId ?? '' : '';
  const [choice, setChoice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const selected = choice ?? current;
  const run = async () => {
    setProblem(null);
    try {
      await runProject(project.id, selected || undefined);
      await refresh();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div class="run-controls">
      <label>
        Connector{' '}
        <select value={selected} onChange={(e) => setChoice((e.currentTarget as HTMLSelectElement).value)}>
          {!current && <option value="">{project.integrationId ? `${project.integrationId} (deleted)` : 'None'}</option>}
          {integrations.map((i) => (
            <option key={i.id} value={i.id}>{i.name} ({i.provider})</option>
          ))}
        </select>
      </label>
      <button type="button" class="btn btn-primary" data-action="rerun" disabled={running} onClick={run}>{neverRun ? 'Run' : 'Re-run'}</button>
      {problem && <span class="action-error" role="alert">{problem}</span>}
    </div>
  );
}
