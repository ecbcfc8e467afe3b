/**
 * The options page: connects ScanSight to a scan API and a dashboard, and holds the preferences.
 * Talks to the background only through messages; the token goes in, never comes back.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Response, Settings } from '../messages.ts';
import { t } from '../platform/i18n.ts';
import { sendMessage } from '../platform/send-message.ts';
import { ConnectionSection } from './components/connection-section.tsx';
import { typedCredentials, type SecretDrafts, type StoredSecrets } from './components/credential-fields.tsx';
import { MutedProjects } from './components/muted-projects.tsx';
import { NotificationsSection } from './components/notifications-section.tsx';
import { OverlaySection } from './components/overlay-section.tsx';
import { PollingRetentionSection } from './components/polling-retention-section.tsx';
import { ensureOrigins } from './ensure-origins.ts';
import { hostOrigins, invalidUrlField } from './host-origins.ts';
import { useGranted } from './use-granted.ts';

type Loaded = Response<'options/get'>;

const FIELD_LABEL = { apiUrl: 'options_apiUrl', dashboardUrl: 'options_dashboardUrl' } as const;

/** The message for a failed or successful 'options/test'. */
function testReport(result: Response<'options/test'>): string {
  if (result.ok) return t('options_testOk', [String(result.projects), String(result.scans), String(result.integrations)]);
  return result.status ? t('options_testFailedStatus', [String(result.status), result.error]) : t('options_testFailed', result.error);
}

/**
 * Whether the stored secrets are for what the draft asks for: a ScanSight token and a Prowler API key are
 * both stored as the token, so the "… is saved" notes are shown only while the source and auth mode are
 * the saved ones (saving another source or mode deletes the old secret anyway).
 */
function sameSecretKind(saved: Settings, draft: Settings): boolean {
  return saved.sourceType === draft.sourceType && (draft.sourceType !== 'prowler' || saved.prowlerAuth === draft.prowlerAuth);
}

/** Which "… is saved" notes to show for the draft. */
function storedSecrets(loaded: Loaded, draft: Settings): StoredSecrets {
  const same = sameSecretKind(loaded.settings, draft);
  return { token: same && loaded.hasToken, password: same && loaded.hasPassword };
}

export function OptionsPage() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [draft, setDraft] = useState<Settings | null>(null);
  const [secrets, setSecrets] = useState<SecretDrafts>({ token: '', password: '' });
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const origins = draft ? hostOrigins(draft) : [];
  const granted = useGranted(origins);

  useEffect(() => {
    sendMessage('options/get', {}).then(
      (answer) => {
        setLoaded(answer);
        setDraft(answer.settings);
      },
      (error: unknown) => setStatus(t('options_loadFailed', String(error))),
    );
  }, []);

  if (!draft || !loaded) return <main><h1>{t('options_title')}</h1><p role="status">{status}</p></main>;
  const update = (patch: Partial<Settings>) => setDraft({ ...draft, ...patch });
  const credentials = () => typedCredentials(draft, secrets);
  const setSecret = (key: keyof SecretDrafts, value: string) => setSecrets({ ...secrets, [key]: value });

  /** Validates, asks for host access inside the click's user gesture, then runs `action`. */
  function withAccess(action: (accessGranted: boolean) => Promise<void>): void {
    const invalid = invalidUrlField(draft!);
    if (invalid) return setStatus(t('options_invalidUrl', t(FIELD_LABEL[invalid])));
    const asked = ensureOrigins(origins, granted); // synchronously, before any await
    setBusy(true);
    asked
      .then(action)
      .catch((error: unknown) => setStatus(t('options_actionFailed', String(error))))
      .finally(() => setBusy(false));
  }

  // Saved even without access (the user may grant it later); the status says what is missing.
  const save = () =>
    withAccess(async (accessGranted) => {
      const result = await sendMessage('options/save', { settings: draft, credentials: credentials() });
      if (!result.ok) return setStatus(t('options_actionFailed', result.error));
      // Re-read: saving may have stored a secret, or dropped the old one (another source or origin).
      setLoaded(await sendMessage('options/get', {}));
      setSecrets({ token: '', password: '' });
      setStatus(accessGranted ? t('options_saved') : `${t('options_saved')} ${t('options_permissionDenied', origins.join(', '))}`);
    });

  const test = () => {
    // Without an email the background could only say the source cannot be built; say what is missing.
    if (draft.sourceType === 'prowler' && draft.prowlerAuth === 'password' && !draft.prowlerEmail) return setStatus(t('options_emailMissing'));
    withAccess(async (accessGranted) => {
      if (!accessGranted) return setStatus(t('options_permissionDenied', origins.join(', ')));
      setStatus(t('options_testing'));
      setStatus(testReport(await sendMessage('options/test', { settings: draft, credentials: credentials() })));
    });
  };

  const clearCache = () => {
    sendMessage('cache/clear', {}).then(
      (result) => setStatus(result.ok ? t('options_cacheCleared') : t('options_actionFailed', result.error)),
      (error: unknown) => setStatus(t('options_actionFailed', String(error))),
    );
  };

  const section = { settings: draft, update, locked: loaded.locked };
  return (
    <main>
      <h1>{t('options_title')}</h1>
      {loaded.invalid?.length ? <p role="alert" class="notice">{t('options_invalidStored', loaded.invalid.join(', '))}</p> : null}
      <ConnectionSection {...section} secrets={secrets} setSecret={setSecret} stored={storedSecrets(loaded, draft)} />
      <p class="actions">
        <button type="button" disabled={busy} onClick={save}>{t('options_save')}</button>
        <button type="button" disabled={busy} onClick={test}>{t('options_test')}</button>
      </p>
      <p role="status" class="status">{status}</p>
      <PollingRetentionSection {...section} />
      <NotificationsSection {...section} />
      <MutedProjects />
      <OverlaySection {...section} onClearCache={clearCache} />
    </main>
  );
}
