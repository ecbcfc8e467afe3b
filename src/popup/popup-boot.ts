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
  /** Both, when they had arrived before the first render. */
  ready?: { prefs: PopupPrefs; first: FirstPaint };
}

/**
 * `boot` with `ready` set if both reads arrive within `waitMs`: the stored view usually answers in a
 * few milliseconds, and rendering the list in the first frame saves the frames a "loading" render and
 * its effects cost. A slower answer (the worker asked) renders without them, and they follow.
 */
export async function whenReady(boot: PopupBoot, waitMs: number): Promise<PopupBoot> {
  const both = Promise.all([boot.prefs, boot.firstScreen]).then(([prefs, first]) => ({ prefs, first }));
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, waitMs));
  const ready = await Promise.race([both, timeout]).catch(() => undefined);
  return ready ? { ...boot, ready } : boot;
}

/** Asks the worker for the first screen of `view`: computed from the cache, so current. */
export async function askFirstScreen(view: PopupView): Promise<FirstPaint> {
  return { state: await sendMessage('popup/screen', { view, limit: FIRST_SCREEN_ROWS }), current: true };
}

/** Starts both reads; a failure is handled where they are awaited (the popup's hooks). */
export function startPopupBoot(): PopupBoot {
  const prefs = loadPopupPrefs();
  const stored = readStoredPopupView().then((read) => {
    // How long the stored view took to read (bench/popup.ts reports it beside the first paint).
    performance.mark('scansight:popup-view-read');
    return read;
  });
  const firstScreen = Promise.all([prefs, stored]).then(([view, read]) => (read && paintFromView(read.record, read.sync, view, Date.now())) ?? askFirstScreen(view));
  // Awaited later: until then a rejection must not count as unhandled.
  firstScreen.catch(() => undefined);
  return { prefs, firstScreen };
}
