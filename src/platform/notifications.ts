/** Thin adapter over desktop notifications. Buttons only where the browser has them (Chrome). */
import type { Notifications } from 'webextension-polyfill';

export interface NotificationView {
  title: string;
  message: string;
  /** Button titles, shown only where supported. */
  buttons?: string[];
}

export interface NotificationsPort {
  /** True when notifications can carry buttons (Chrome, not Firefox). */
  readonly supportsButtons: boolean;
  show(id: string, view: NotificationView): Promise<void>;
  clear(id: string): Promise<void>;
}

/** Wraps `browser.notifications`; `iconUrl` is the extension icon's URL. */
export function createNotifications(
  api: Pick<Notifications.Static, 'create' | 'clear'>,
  options: { iconUrl: string; supportsButtons: boolean },
): NotificationsPort {
  return {
    supportsButtons: options.supportsButtons,
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
  };
}
