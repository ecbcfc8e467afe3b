/** Thin adapter over the toolbar action: badge text, colour and tooltip. No decisions here. */
import type { Action } from 'webextension-polyfill';
import { t as browserT, type Translate } from './i18n.ts';

export interface BadgeView {
  text: string;
  color: string;
  title: string;
}

export interface BadgePort {
  /** The text of a message key in the browser's language, for the tooltip (chrome.i18n). */
  readonly t: Translate;
  show(badge: BadgeView): Promise<void>;
}

/** Wraps `browser.action` (or a fake with the same methods); `t` defaults to chrome.i18n. */
export function createBadge(api: Pick<Action.Static, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'> & Partial<Pick<Action.Static, 'setBadgeTextColor'>>, t: Translate = browserT): BadgePort {
  return {
    t,
    async show(badge) {
      await Promise.all([
        api.setBadgeText({ text: badge.text }),
        api.setBadgeBackgroundColor({ color: badge.color }),
        // White text reads on both the red and the amber badge (Firefox otherwise picks its own).
        api.setBadgeTextColor?.({ color: '#ffffff' }),
        api.setTitle({ title: badge.title }),
      ]);
    },
  };
}
