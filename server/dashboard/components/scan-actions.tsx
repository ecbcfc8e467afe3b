/** Run / Re-run and Stop buttons; they call the API and refresh the data. */
import { useState } from 'preact/hooks';
import type { Scan } from '../../../src/core/index.ts';
import { runProject, stopScan } from '../api.ts';
import { refresh } from '../store.ts';
import type { DisplayStatus } from '../scan-status.ts';

/** Buttons for a project's latest scan: Run (never run), Stop (running) or Re-run. */
export function ScanActions({ projectId, scan, status, integrationId }: { projectId: string; scan: Scan | undefined; status: DisplayStatus | null; integrationId?: string }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      await refresh();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const running = status?.status === 'running';
  return (
    <span class="row-actions">
      {running && scan ? (
        <button type="button" class="btn" data-action="stop" disabled={busy} onClick={() => act(() => stopScan(scan.id))}>Stop</button>
      ) : (
        <button type="button" class="btn btn-primary" data-action="rerun" disabled={busy || !status} onClick={() => act(() => runProject(projectId, integrationId))}>
          {!scan || status?.status === 'not_started' ? 'Run' : 'Re-run'}
        </button>
      )}
      {problem && <span class="action-error" role="alert">{problem}</span>}
    </span>
  );
}
