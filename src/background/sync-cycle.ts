/**
 * One scheduled sync, end to end: settings and source, the pass, retention, notifications, badge,
 * broadcast, and the next alarm. The alarm is re-armed first, so a worker killed mid-sync still wakes.
 */
import { readStatusFacts, readStatusFactsOf, type CacheFacts } from '../cache/read-cache.ts';
import { latestScanIds } from './scan-rows.ts';
import { readSyncHead, readSyncState, updateSyncState } from '../cache/sync-state.ts';
import { pruneCache } from '../cache/retention.ts';
import { withQuotaRetry } from '../cache/quota.ts';
import type { Background, CycleResult } from './context.ts';
import { loadSettings } from './settings-store.ts';
import { configuredSource } from './configured-source.ts';
import { syncOnce } from './sync-once.ts';
import { notifierScope, notifyRound } from './notify-round.ts';
import { activeScanIds, unfinishedScanIds } from './active-scans.ts';
import { nextDelayMs } from './next-delay.ts';
import { refreshBadge } from './refresh-badge.ts';
import { broadcastChange } from './broadcast.ts';
import { recordFailure } from './record-failure.ts';

import { SYNC_ALARM } from './sync-alarm.ts';
/** If a sync dies with its worker, the watchdog alarm set before it starts wakes the next one. */
const WATCHDOG_MS = 2 * 60_000;
/** No request starts after this much of a pass: the worker may be stopped ~30 s after its last event. */
const PASS_BUDGET_MS = 20_000;

/** The scans the badge and the cadence need: each project's latest run and every unfinished one. */
const badgeScope = (scans: ReadonlyArray<CacheFacts['scans'][number]>) => [...latestScanIds(scans), ...unfinishedScanIds(scans)];

/** `facts` (read with every scan) narrowed to the scans `ids` names, as readStatusFactsOf would have read them. */
function narrowed(facts: CacheFacts, ids: Iterable<string>): CacheFacts {
  const wanted = new Set(ids);
  return { ...facts, scans: facts.scans.filter((s) => wanted.has(s.id)) };
}

/** Runs one sync cycle (call through `bg.sync.run()` for single-flight). */
export async function runSyncCycle(bg: Background): Promise<CycleResult> {
  const start = bg.now();
  await bg.ports.alarms.scheduleAt(SYNC_ALARM, start + WATCHDOG_MS);
  const { settings } = await loadSettings(bg.ports.storage);
  const db = await bg.cache.db();
  const before = await readSyncHead(db);
  const at = new Date(start).toISOString();
  let outcome: CycleResult['outcome'] = 'ok';
  let error: CycleResult['error'];
  let changed = false;
  let pollHintMs: number | null = before.pollHintMs;
  let retryAfterMs: number | null = null;
  let incomplete = false;
  // The cache as the notifier read it after a successful pass; the badge reuses it (nothing but the
  // notifier's own ledger and snapshot is written in between), so an idle poll reads the cache once here.
  let afterPass: CacheFacts | null = null;
  // That read when it was made in one transaction after this pass's writes (an idle pass reuses an
  // older one with the sync state read anew: fine for the badge, not for the popup's view).
  let freshRead: CacheFacts | undefined;

  const made = await configuredSource(settings, bg.sourceOptions);
  if (!made.ok) {
    outcome = 'not_configured';
    await updateSyncState(db, () => ({ connection: 'not_configured' }));
  } else if (!bg.online()) {
    outcome = 'offline';
    error = { code: 'offline', message: 'the browser is offline' };
    await updateSyncState(db, () => ({ connection: 'unreachable', lastError: { ...error!, at }, lastAttemptAt: at }));
  } else if (before.retryNotBefore !== null && before.retryNotBefore > start) {
    // The server asked for a pause (Retry-After): honour it even for a manual "sync now".
    outcome = 'error';
    retryAfterMs = before.retryNotBefore - start;
    error = before.lastError ?? { code: 'rate_limited', message: 'waiting for Retry-After' };
  } else {
    const tight = { runsPerProject: Math.max(1, Math.floor(settings.retention.runsPerProject / 2)), errorLogDays: Math.max(1, Math.floor(settings.retention.errorLogDays / 2)) };
    const write = <T>(w: () => Promise<T>) => withQuotaRetry(w, () => pruneCache(db, tight, bg.now()));
    try {
      const result = await syncOnce(db, made.source, { write, pageLimit: bg.sourceOptions?.pageLimit, deadline: start + PASS_BUDGET_MS, now: bg.now });
      incomplete = result.incomplete;
      changed = result.changed.scans || result.changed.projects || result.changed.integrations;
      if (result.pollHintMs !== null) pollHintMs = result.pollHintMs;
      // Runs dropped by retention (say, after the user lowered it) leave the popup's list: a change too.
      // An idle pass's read is still current (a pass that found garbage is never idle): no second scan read.
      const pruned = await pruneCache(db, settings.retention, bg.now(), result.unchanged?.scans);
      changed = changed || pruned.scans > 0;
      const done = new Date(bg.now()).toISOString();
      await updateSyncState(db, () => ({
        connection: 'ok', lastError: null, lastSuccessAt: done, lastAttemptAt: at, consecutiveFailures: 0, retryNotBefore: null, pollHintMs,
      }));
      // Statuses come from the compact job facts: no whole job records or error logs needed.
      // An idle pass hands over what it read (nothing was written since but the sync record, read anew).
      if (result.unchanged && pruned.scans === 0) afterPass = { ...result.unchanged, sync: await readSyncState(db) };
      else afterPass = freshRead = await readStatusFacts(db);
      const facts = narrowed(afterPass, notifierScope(afterPass.scans, afterPass.sync, result.touched));
      await notifyRound(db, bg.ports.notifications, {
        facts, settings, capabilities: made.source.capabilities, now: bg.now(), previousSuccessAt: before.lastSuccessAt, frontUrl: () => bg.ports.tabs.frontUrl(),
      });
    } catch (caught) {
      outcome = 'error';
      const failure = await recordFailure(db, caught, start);
      error = failure.error;
      retryAfterMs = failure.retryAfterMs;
      if (failure.pollIntervalMs !== null) pollHintMs = failure.pollIntervalMs;
    }
  }

  // Only the latest and unfinished runs matter here: the badge and the cadence.
  const facts = afterPass
    ? // The state's small fields anew (the notifier wrote its snapshot and ledger; the badge needs neither).
      { ...narrowed(afterPass, badgeScope(afterPass.scans)), sync: { ...afterPass.sync, ...(await readSyncHead(db)) } }
    : await readStatusFactsOf(db, badgeScope);
  await refreshBadge(bg, facts);
  const connectionChanged = facts.sync.connection !== before.connection || (facts.sync.lastError?.code ?? null) !== (before.lastError?.code ?? null);
  const delay = nextDelayMs({
    outcome,
    // More to fetch (a first sync of a large account) continues at the fast cadence.
    active: incomplete || activeScanIds(facts.scans, facts.attemptsByScan).length > 0,
    idleMinutes: settings.pollIdleMinutes,
    pollHintMs,
    retryAfterMs,
    failures: facts.sync.consecutiveFailures,
    random: bg.random(),
  });
  const nextAt = bg.now() + delay;
  await bg.ports.alarms.scheduleAt(SYNC_ALARM, nextAt);
  // After the alarm, so the popup's view says when a failing connection is retried. This pass read
  // every scan after writing: the view is derived from that read, with no second one.
  if (changed || connectionChanged) await broadcastChange(bg, 'scans', settings, freshRead);
  return { outcome, ...(error ? { error } : {}), changed, nextAt };
}
