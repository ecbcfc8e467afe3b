import type { MessageRef } from '../core/message-ref.ts';
import type { ScanStatus } from '../core/types.ts';
import { t as browserT, type Translate } from './i18n.ts';

/** A core MessageRef in the browser's language; nested refs among its substitutions are translated first. */
export function translateRef(ref: MessageRef, t: Translate = browserT): string {
  const subs = (ref.substitutions ?? []).map((s) => (typeof s === 'string' ? s : translateRef(s, t)));
  return t(ref.key, subs.length > 0 ? subs : undefined);
}

/** The status's label in the browser's language ("Partially Completed", "Teilweise abgeschlossen"). */
export function statusText(status: ScanStatus, t: Translate = browserT): string {
  const key = `status_${status}`;
  const text = t(key);
  // Bad cache data shows as it is rather than as a message key.
  return text === key ? String(status) : text;
}
