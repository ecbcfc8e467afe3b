/**
 * The secret fields for the chosen source: the ScanSight token; for Prowler App an auth-mode select,
 * then either the API key (stored as the token) or an email and a password. Secrets are never pre-filled.
 */
import { t } from '../../platform/i18n.ts';
import type { Settings } from '../../messages.ts';
import type { SectionProps } from './section-props.ts';

/** The secrets typed on the page and not yet saved; '' = keep what is stored. */
export interface SecretDrafts {
  token: string;
  password: string;
}

interface Props extends SectionProps {
  secrets: SecretDrafts;
  setSecret(key: keyof SecretDrafts, value: string): void;
  /** Which secrets are stored for the chosen source and mode (shown as "… is saved", never pre-filled). */
  stored: StoredSecrets;
}

/** Which secrets the background says are stored ('options/get'): the token (or API key) and the password. */
export interface StoredSecrets {
  token: boolean;
  password: boolean;
}

function SecretInput({ label, value, onInput, savedNote }: { label: string; value: string; onInput(value: string): void; savedNote: string | null }) {
  return (
    <>
      <label>
        {label}
        <input type="password" value={value} autocomplete="off" onInput={(e) => onInput(e.currentTarget.value)} />
      </label>
      {savedNote && !value ? <span class="note">{savedNote}</span> : null}
    </>
  );
}

export function CredentialFields({ settings, update, secrets, setSecret, stored }: Props) {
  const saved = (secret: keyof StoredSecrets, key: string) => (stored[secret] ? t(key) : null);
  if (settings.sourceType !== 'prowler') {
    return <SecretInput label={t('options_apiToken')} value={secrets.token} onInput={(v) => setSecret('token', v)} savedNote={saved('token', 'options_tokenSaved')} />;
  }
  return (
    <>
      <label>
        {t('options_prowlerAuth')}
        <select value={settings.prowlerAuth} onChange={(e) => update({ prowlerAuth: e.currentTarget.value as Settings['prowlerAuth'] })}>
          <option value="api-key">{t('options_prowlerAuthApiKey')}</option>
          <option value="password">{t('options_prowlerAuthPassword')}</option>
        </select>
      </label>
      {settings.prowlerAuth === 'api-key' ? (
        <SecretInput label={t('options_apiKey')} value={secrets.token} onInput={(v) => setSecret('token', v)} savedNote={saved('token', 'options_apiKeySaved')} />
      ) : (
        <>
          <label>
            {t('options_email')}
            <input type="email" value={settings.prowlerEmail} autocomplete="username" onInput={(e) => update({ prowlerEmail: e.currentTarget.value.trim() })} />
          </label>
          <SecretInput label={t('options_password')} value={secrets.password} onInput={(v) => setSecret('password', v)} savedNote={saved('password', 'options_passwordSaved')} />
        </>
      )}
    </>
  );
}

/** The credentials to send for the visible fields: only the chosen mode's secret, and only when typed. */
export function typedCredentials(settings: Settings, secrets: SecretDrafts): { token: string } | { password: string } | undefined {
  const usesPassword = settings.sourceType === 'prowler' && settings.prowlerAuth === 'password';
  if (usesPassword) return secrets.password ? { password: secrets.password } : undefined;
  return secrets.token ? { token: secrets.token } : undefined;
}
