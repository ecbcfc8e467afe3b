/** Handlers that act: sync now, re-run, stop, acknowledge, mute, snooze, clear the cache. */
import type { ActionResult } from '../../messages.ts';
import { readScanFacts } from '../../cache/read-cache.ts';
import { setAcknowledged, setProjectPref } from '../../cache/marks.ts';
import { configuredSource } from '../configured-source.ts';
import { refreshBadge } from '../refresh-badge.ts';
import { broadcastChange } from '../broadcast.ts';
import { scanNotificationId } from '../notification-view.ts';
import type { Background } from '../context.ts';
import type { Settings } from '../../messages.ts';
import { errorCode, kickSync, type Handler } from './handler.ts';

const OK: ActionResult = { ok: true };

async function marksChanged(bg: Background, settings: Settings): Promise<void> {
  await refreshBadge(bg);
  await broadcastChange(bg, 'scans', settings);
}

export const syncNowHandler: Handler<'sync/now'> = async (bg) => {
  const result = await bg.sync.run();
  return result.outcome === 'ok' ? OK : { ok: false, error: result.error?.code ?? result.outcome };
};

/** Re-runs the project of a cached scan. Also used by the notification's Re-run button. */
export async function rerunScan(bg: Background, scanId: string, settings: Settings): Promise<ActionResult> {
  const facts = await readScanFacts(await bg.cache.db(), scanId);
  if (!facts) return { ok: false, error: 'not_found' };
  const made = await configuredSource(settings, bg.sourceOptions);
  if (!made.ok) return { ok: false, error: made.error };
  if (!made.source.capabilities.canRerun) return { ok: false, error: 'unsupported' };
  try {
    await made.source.runProject(facts.scan.projectId);
  } catch (error) {
    return { ok: false, error: errorCode(error) };
  }
  kickSync(bg);
  return OK;
}

export const rerunHandler: Handler<'scan/rerun'> = (bg, req, { settings }) => rerunScan(bg, req.scanId, settings);

export const stopHandler: Handler<'scan/stop'> = async (bg, req, { settings }) => {
  const made = await configuredSource(settings, bg.sourceOptions);
  if (!made.ok) return { ok: false, error: made.error };
  if (!made.source.capabilities.canStop) return { ok: false, error: 'unsupported' };
  if (!(await readScanFacts(await bg.cache.db(), req.scanId))) return { ok: false, error: 'not_found' };
  try {
    await made.source.stopScan(req.scanId);
  } catch (error) {
    return { ok: false, error: errorCode(error) };
  }
  kickSync(bg);
  return OK;
};

export const acknowledgeHandler: Handler<'scan/acknowledge'> = async (bg, req, { settings }) => {
  await setAcknowledged(await bg.cache.db(), req.scanId, req.acknowledged, new Date(bg.now()).toISOString());
  // An acknowledged failure stops shouting: its notification goes too.
  if (req.acknowledged) await bg.ports.notifications.clear(scanNotificationId(req.scanId)).catch(() => undefined);
  await marksChanged(bg, settings);
  return OK;
};

export const muteHandler: Handler<'project/mute'> = async (bg, req, { settings }) => {
  await setProjectPref(await bg.cache.db(), req.projectId, { muted: req.muted });
  await marksChanged(bg, settings);
  return OK;
};

export const snoozeHandler: Handler<'project/snooze'> = async (bg, req, { settings }) => {
  await setProjectPref(await bg.cache.db(), req.projectId, { snoozedUntil: req.until === null ? null : new Date(req.until).toISOString() });
  await marksChanged(bg, settings);
  return OK;
};

export const cacheClearHandler: Handler<'cache/clear'> = async (bg, _req, { settings }) => {
  await bg.cache.rebuild();
  await marksChanged(bg, settings);
  kickSync(bg);
  return OK;
};
