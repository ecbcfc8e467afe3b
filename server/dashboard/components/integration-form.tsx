/** "Add integration": provider, name and write-only credentials (they cannot be edited once saved). */
import { useState } from 'preact/hooks';
import { createIntegration } from '../api.ts';
import { refresh } from '../store.ts';

const FIELDS: Record<string, Array<{ key: string; label: string; secret?: boolean; multiline?: boolean }>> = {
  aws: [{ key: 'accessKeyId', label: 'Access key ID' }, { key: 'secretAccessKey', label: 'Secret access key', secret: true }],
  azure: [{ key: 'tenantId', label: 'Tenant ID' }, { key: 'clientId', label: 'Client ID' }, { key: 'clientSecret', label: 'Client secret', secret: true }],
  gcp: [{ key: 'serviceAccountKey', label: 'Service account key (JSON)', multiline: true }],
  kubernetes: [{ key: 'kubeconfig', label: 'kubeconfig', multiline: true }],
};

/** The create form; calls `onDone` after a successful create or on Cancel. */
export function IntegrationForm({ onDone }: { onDone: () => void }) {
  const [provider, setProvider] = useState('aws');
  const [name, setName] = useState('');
  const [credentials, setCredentials] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    setProblem(null);
    try {
      await createIntegration({ provider, name, credentials });
      await refresh();
      onDone();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  const field = (key: string) => (event: Event) => setCredentials({ ...credentials, [key]: (event.currentTarget as HTMLInputElement).value });
  return (
    <form class="integration-form" onSubmit={submit}>
      <h2>New integration</h2>
      <label>Provider
        <select name="provider" value={provider} onChange={(e) => { setProvider((e.currentTarget as HTMLSelectElement).value); setCredentials({}); }}>
          <option value="aws">Amazon Web Services</option>
          <option value="azure">Microsoft Azure</option>
          <option value="gcp">Google Cloud</option>
          <option value="kubernetes">Kubernetes</option>
        </select>
      </label>
      <label>Name<input name="name" required maxLength={100} value={name} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} /></label>
      {FIELDS[provider]!.map((f) => (
        <label key={`${provider}-${f.key}`}>{f.label}
          {f.multiline
            ? <textarea name={f.key} required rows={4} value={credentials[f.key] ?? ''} onInput={field(f.key)} />
            : <input name={f.key} required type={f.secret ? 'password' : 'text'} autoComplete="off" value={credentials[f.key] ?? ''} onInput={field(f.key)} />}
        </label>
      ))}
      <p class="muted">Credentials cannot be edited once saved. To change them, delete the integration and create a new one.</p>
      {problem && <p class="banner banner-error" role="alert">{problem}</p>}
      <div class="form-actions">
        <button type="submit" class="btn btn-primary" data-action="create">Save integration</button>
        <button type="button" class="btn" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
