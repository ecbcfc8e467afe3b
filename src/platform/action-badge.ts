/** Thin adapter over the toolbar action: badge text, colour and tooltip. No decisions here. */
import type { Action } from 'webextension-polyfill';

export interface BadgeView {
  text: string;
  color: string;
  title: string;
}

export interface BadgePort {
  show(badge: BadgeView): Promise<void>;
}

/** Wraps `browser.action` (or a fake with the same methods). */
export function createBadge(api: Pick<Action.Static, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'> & Partial<Pick<Action.Static, 'setBadgeTextColor'>>): BadgePort {
  return {
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
