/** Integrations → Connected Providers: `table.providers` with delete, and "Add integration". */
import { useState } from 'preact/hooks';
import { useData } from '../use-data.ts';
import { deleteIntegration } from '../api.ts';
import { refresh } from '../store.ts';
import { shortDate } from '../format.ts';
import { IntegrationForm } from '../components/integration-form.tsx';

const PROVIDERS: Record<string, string> = { aws: 'AWS', azure: 'Azure', gcp: 'Google Cloud', kubernetes: 'Kubernetes' };
const AUTH: Record<string, string> = { ok: 'Connected', failed: 'Authentication failed', unknown: 'Not checked' };

/** The Connected Providers page. */
export function IntegrationsPage() {
  const data = useData();
  const [adding, setAdding] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const remove = async (id: string) => {
    setProblem(null);
    try {
      await deleteIntegration(id);
      await refresh();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <section class="page">
      <header class="page-header">
        <div class="breadcrumb">Integrations</div>
        <h1>Connected Providers</h1>
        {!adding && <button type="button" class="btn btn-primary" data-action="add-integration" onClick={() => setAdding(true)}>Add integration</button>}
      </header>
      {adding && <IntegrationForm onDone={() => setAdding(false)} />}
      {problem && <p class="banner banner-error" role="alert">{problem}</p>}
      <table class="providers">
        <thead>
          <tr><th>Provider</th><th>Name</th><th>ID</th><th>Created</th><th>Status</th><th><span class="sr-only">Actions</span></th></tr>
        </thead>
        <tbody>
          {data.integrations.map((i) => (
            <tr class="provider-row" key={i.id} data-integration-id={i.id}>
              <td>{PROVIDERS[i.provider] ?? i.provider}</td>
              <td>{i.name}</td>
              <td><code>{i.id}</code></td>
              <td>{shortDate(i.createdAt)}</td>
              <td><span class={`auth auth-${i.lastAuthStatus}`}>{AUTH[i.lastAuthStatus] ?? i.lastAuthStatus}</span></td>
              <td class="row-end"><button type="button" class="btn btn-danger" data-action="delete" onClick={() => remove(i.id)}>Delete</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.loaded && data.integrations.length === 0 && <p class="muted">No connected providers.</p>}
    </section>
  );
}
