/** Source, API URL, credentials and dashboard URL. Secret fields are never pre-filled. */
import { t } from '../../platform/i18n.ts';
import type { SourceType } from '../../messages.ts';
import { CredentialFields, type SecretDrafts, type StoredSecrets } from './credential-fields.tsx';
import { LockedNote } from './locked-note.tsx';
import type { SectionProps } from './section-props.ts';

interface Props extends SectionProps {
  secrets: SecretDrafts;
  setSecret(key: keyof SecretDrafts, value: string): void;
  stored: StoredSecrets;
}

export function ConnectionSection({ settings, update, locked, secrets, setSecret, stored }: Props) {
  const isLocked = (key: keyof typeof settings) => locked.includes(key);
  return (
    <fieldset>
      <legend>{t('options_connection')}</legend>
      <label>
        {t('options_source')}
        <select value={settings.sourceType} disabled={isLocked('sourceType')}
          onChange={(e) => update({ sourceType: e.currentTarget.value as SourceType })}>
          <option value="scansight">{t('options_sourceScansight')}</option>
          <option value="prowler">{t('options_sourceProwler')}</option>
        </select>
      </label>
      <LockedNote show={isLocked('sourceType')} />
      <label>
        {t('options_apiUrl')}
        <input type="url" value={settings.apiUrl} disabled={isLocked('apiUrl')} placeholder={t('options_apiUrlPlaceholder')}
          onInput={(e) => update({ apiUrl: e.currentTarget.value.trim() })} />
      </label>
      <LockedNote show={isLocked('apiUrl')} />
      <CredentialFields settings={settings} update={update} locked={locked} secrets={secrets} setSecret={setSecret} stored={stored} />
      <label>
        {t('options_dashboardUrl')}
        <input type="url" value={settings.dashboardUrl} disabled={isLocked('dashboardUrl')} placeholder={t('options_dashboardUrlPlaceholder')}
          onInput={(e) => update({ dashboardUrl: e.currentTarget.value.trim() })} />
      </label>
      <LockedNote show={isLocked('dashboardUrl')} />
      <p class="note">{t('options_dashboardUrlHelp')}</p>
    </fieldset>
  );
}
