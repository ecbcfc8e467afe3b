/** Thin adapter over desktop notifications. Buttons only where the browser has them (Chrome). */
import type { Notifications } from 'webextension-polyfill';
import { t as browserT, type Translate } from './i18n.ts';
import type { NotificationPermission } from '../messages.ts';

export interface NotificationView {
  title: string;
  message: string;
  /** Button titles, shown only where supported. */
  buttons?: string[];
}

export interface NotificationsPort {
  /** True when notifications can carry buttons (Chrome, not Firefox). */
  readonly supportsButtons: boolean;
  /** The text of a message key in the browser's language, for building views (chrome.i18n). */
  readonly t: Translate;
  show(id: string, view: NotificationView): Promise<void>;
  clear(id: string): Promise<void>;
  /** Whether the browser lets the extension notify; 'unknown' where it cannot say (Firefox has no getPermissionLevel). */
  permission(): Promise<NotificationPermission>;
}

/** Wraps `browser.notifications`; `iconUrl` is the extension icon's URL; `t` defaults to chrome.i18n. */
export function createNotifications(
  api: Pick<Notifications.Static, 'create' | 'clear'> & { getPermissionLevel?: () => Promise<string> },
  options: { iconUrl: string; supportsButtons: boolean; t?: Translate },
): NotificationsPort {
  return {
    supportsButtons: options.supportsButtons,
    t: options.t ?? browserT,
    async show(id, view) {
      const details: Notifications.CreateNotificationOptions & { buttons?: Array<{ title: string }> } = {
        type: 'basic',
        iconUrl: options.iconUrl,
        title: view.title,
        message: view.message,
      };
      if (options.supportsButtons && view.buttons?.length) details.buttons = view.buttons.map((title) => ({ title }));
      await api.create(id, details);
    },
    async clear(id) {
      await api.clear(id);
    },
    async permission() {
      const level = typeof api.getPermissionLevel === 'function' ? await api.getPermissionLevel.call(api) : null;
      return level === 'granted' || level === 'denied' ? level : 'unknown';
    },
  };
}
