/** Runs a user action against the background and reports how it went, in words for a status line. */
import { useCallback, useState } from 'preact/hooks';
import type { MessageName, Request } from '../messages.ts';
import { sendMessage } from '../platform/send-message.ts';
import { t } from '../platform/i18n.ts';

type ActionMessage = 'scan/rerun' | 'scan/stop' | 'scan/acknowledge' | 'project/mute' | 'project/snooze' | 'open/dashboard' | 'open/integrations' | 'open/options';

export interface ActionRunner {
  /** The last outcome, for a polite live region ('' when nothing to say). */
  notice: string;
  busy: boolean;
  run: <K extends ActionMessage & MessageName>(type: K, payload: Request<K>) => Promise<boolean>;
  say: (notice: string) => void;
}

/** `onDone` runs after every successful action that changes data, so the caller re-reads the state. */
export function useActionRunner(onDone: () => void): ActionRunner {
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async <K extends ActionMessage & MessageName>(type: K, payload: Request<K>): Promise<boolean> => {
      setBusy(true);
      try {
        const result = await sendMessage(type, payload);
        if (!result.ok) {
          setNotice(t('popup_actionFailed', result.error));
          return false;
        }
        setNotice('');
        if (!type.startsWith('open/')) onDone();
        return true;
      } catch (error) {
        setNotice(t('popup_actionFailed', error instanceof Error ? error.message : String(error)));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [onDone],
  );

  return { notice, busy, run, say: setNotice };
}
