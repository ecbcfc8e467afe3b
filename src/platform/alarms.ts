/** Thin adapter over the alarms API: one-shot named alarms. No decisions here. */
import type { Alarms } from 'webextension-polyfill';

export interface AlarmsPort {
  /** (Re)schedules the one-shot alarm `name` at epoch ms `when`. */
  scheduleAt(name: string, when: number): Promise<void>;
  /** When `name` is due, or null when it is not scheduled. */
  scheduledTime(name: string): Promise<number | null>;
}

/** Wraps `browser.alarms` (or a fake with the same methods). */
export function createAlarms(api: Pick<Alarms.Static, 'create' | 'get'>): AlarmsPort {
  return {
    async scheduleAt(name, when) {
      await api.create(name, { when });
    },
    async scheduledTime(name) {
      return (await api.get(name))?.scheduledTime ?? null;
    },
  };
}
