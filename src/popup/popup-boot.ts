/**
 * What the popup reads as its script loads, before its first render: the remembered view and the
 * stored popup view (popup-view.ts) at once, straight from the extension's storage; the worker is
 * asked for the first screen only when the stored view cannot paint this view (a search, no view yet).
 */
import type { PopupState, PopupView } from '../messages.ts';
import { paintFromView } from '../popup-view.ts';
import { readStoredPopupView } from '../platform/stored-popup-view.ts';
import { sendMessage } from '../platform/send-message.ts';
import { FIRST_SCREEN_ROWS } from '../core/first-screen.ts';
import { loadPopupPrefs, type PopupPrefs } from './popup-prefs.ts';

/** A first screen to paint; `current` false when it may be older than the cache (the popup says it is refreshing). */
export interface FirstPaint {
  state: PopupState;
  current: boolean;
}

export interface PopupBoot {
  prefs: Promise<PopupPrefs>;
  /** The first screen of the view `prefs` resolves to. */
  firstScreen: Promise<FirstPaint>;
}

/** Asks the worker for the first screen of `view`: computed from the cache, so current. */
export async function askFirstScreen(view: PopupView): Promise<FirstPaint> {
  return { state: await sendMessage('popup/screen', { view, limit: FIRST_SCREEN_ROWS }), current: true };
}

/** Starts both reads; a failure is handled where they are awaited (the popup's hooks). */
export function startPopupBoot(): PopupBoot {
  const prefs = loadPopupPrefs();
  const stored = readStoredPopupView();
  const firstScreen = Promise.all([prefs, stored]).then(([view, read]) => (read && paintFromView(read.record, read.sync, view, Date.now())) ?? askFirstScreen(view));
  // Awaited later: until then a rejection must not count as unhandled.
  firstScreen.catch(() => undefined);
  return { prefs, firstScreen };
}
