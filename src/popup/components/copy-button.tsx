/** Copies a text to the clipboard and says so ("Copied") for a moment. */
import { useState } from 'preact/hooks';
import { t } from '../../platform/i18n.ts';

/** Writes `text` to the clipboard; false when the clipboard refuses (no permission, no focus). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

interface Props {
  text: string;
  /** Accessible name, e.g. "Copy error log". */
  label: string;
}

/** A small button; its live text reports success or failure to screen readers too. */
export function CopyButton({ text, label }: Props) {
  const [outcome, setOutcome] = useState<'idle' | 'copied' | 'failed'>('idle');
  const onClick = async () => {
    setOutcome((await copyText(text)) ? 'copied' : 'failed');
    setTimeout(() => setOutcome('idle'), 2000);
  };
  return (
    <button type="button" class="copy-button" aria-label={label} onClick={onClick}>
      <span aria-live="polite">
        {outcome === 'copied' ? t('popup_copied') : outcome === 'failed' ? t('popup_copyFailed') : t('popup_copy')}
      </span>
    </button>
  );
}
