/** The dashboard overlay switch and clearing the cache. */
import { t } from '../../platform/i18n.ts';
import { LockedNote } from './locked-note.tsx';
import type { SectionProps } from './section-props.ts';

export function OverlaySection({ settings, update, locked, onClearCache }: SectionProps & { onClearCache(): void }) {
  const isLocked = locked.includes('overlayEnabled');
  return (
    <fieldset>
      <legend>{t('options_overlay')}</legend>
      <label class="check">
        <input type="checkbox" checked={settings.overlayEnabled} disabled={isLocked} onChange={(e) => update({ overlayEnabled: e.currentTarget.checked })} />
        {t('options_overlayEnabled')}
      </label>
      <LockedNote show={isLocked} />
      <p>
        <button type="button" onClick={onClearCache}>{t('options_clearCache')}</button>
      </p>
    </fieldset>
  );
}
