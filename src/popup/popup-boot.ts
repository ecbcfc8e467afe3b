/**
 * What the popup asks for as its script loads, before its first render: the remembered view, then
 * that view's first screen. Preact runs effects only after a frame, so asking from them would start
 * the round trip to the background one or two frames later.
 */
import type { PopupState } from '../messages.ts';
import { loadPopupPrefs, type PopupPrefs } from './popup-prefs.ts';
import { askFirstScreen } from './use-popup-state.ts';

export interface PopupBoot {
  prefs: Promise<PopupPrefs>;
  /** The first screen of the view `prefs` resolves to. */
  firstScreen: Promise<PopupState>;
}

/** Starts both reads; a failure is handled where they are awaited (the popup's hooks). */
export function startPopupBoot(): PopupBoot {
  const prefs = loadPopupPrefs();
  const firstScreen = prefs.then(askFirstScreen);
  // Awaited later: until then a rejection must not count as unhandled.
  firstScreen.catch(() => undefined);
  return { prefs, firstScreen };
}
