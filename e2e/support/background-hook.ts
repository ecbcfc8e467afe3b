import type { Worker } from 'playwright-core';
import type { ChromiumWithExtension } from './chromium.ts';
import { waitUntil } from './wait-until.ts';

/** What the background's read-only debug hook (`globalThis.__scansight`) answers; see src/background/debug-hook.ts. */
export interface SyncState {
  connection: string;
  lastSuccessAt: string | null;
  lastError: { code: string; at: string } | null;
  watermark: string | null;
  pending: number;
  scans: number;
}

export interface LedgerEntry {
  [key: string]: unknown;
}

interface Hooked {
  __scansight: {
    syncState(): Promise<SyncState>;
    ledger(): Promise<LedgerEntry[]>;
    syncNow(): Promise<{ outcome: string }>;
  };
}

export const syncState = (worker: Worker) => worker.evaluate(() => (globalThis as unknown as Hooked).__scansight.syncState());
export const ledger = (worker: Worker) => worker.evaluate(() => (globalThis as unknown as Hooked).__scansight.ledger());
/** Runs one sync round now, as the popup's refresh does. */
export const syncNow = (worker: Worker) => worker.evaluate(() => (globalThis as unknown as Hooked).__scansight.syncNow());

/** Waits until a sync has succeeded after `since` (ISO) and no scan details are left to fetch. */
export function waitForSettledSync(ext: ChromiumWithExtension, since = ''): Promise<SyncState> {
  return waitUntil(
    async () => syncState(await ext.serviceWorker()),
    (state) => state.connection === 'ok' && state.lastSuccessAt !== null && state.lastSuccessAt > since && state.pending === 0,
    'a settled sync',
  );
}
