/** The user's marks on cached facts: acknowledged scans, muted and snoozed projects. */
import type { CacheDb } from './schema.ts';

/** Acknowledges a scan ("investigating"), or clears the acknowledgement. */
export async function setAcknowledged(db: CacheDb, scanId: string, acknowledged: boolean, nowIso: string): Promise<void> {
  if (acknowledged) await db.put('marks', { scanId, acknowledgedAt: nowIso });
  else await db.delete('marks', scanId);
}

/** Changes a project's mute or snooze; the other field is kept. */
export async function setProjectPref(db: CacheDb, projectId: string, change: { muted?: boolean; snoozedUntil?: string | null }): Promise<void> {
  const tx = db.transaction('projectPrefs', 'readwrite');
  const current = (await tx.store.get(projectId)) ?? { projectId, muted: false, snoozedUntil: null };
  await tx.store.put({ ...current, ...change, projectId });
  await tx.done;
}
