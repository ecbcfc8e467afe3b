/**
 * A read-only window into the worker for the e2e suite and for diagnosis (devtools console or
 * `serviceWorker.evaluate`): the ledger, the sync state and the last badge. It never reads secrets.
 */
import { readScanDetails, readLedger } from '../cache/read-cache.ts';
import { latestScanIds } from './scan-rows.ts';
import type { LedgerEntry } from '../cache/schema.ts';
import type { Badge } from '../core/index.ts';
import type { Background } from './context.ts';
import { badgeFromFacts } from './badge-state.ts';

export interface ScanSightDebug {
  ledger(): Promise<LedgerEntry[]>;
  badge(): Promise<Badge>;
  syncState(): Promise<{ connection: string; lastSuccessAt: string | null; lastError: { code: string; at: string } | null; watermark: string | null; pending: number; scans: number }>;
  syncNow(): Promise<{ outcome: string }>;
}

/** Builds the hook over `bg`. */
export function createDebugHook(bg: Background): ScanSightDebug {
  return {
    ledger: async () => readLedger(await bg.cache.db()),
    badge: async () => {
      const f = await readScanDetails(await bg.cache.db(), latestScanIds);
      return badgeFromFacts(f, f.sync.connection, bg.now());
    },
    syncState: async () => {
      let scans = 0;
      const f = await readScanDetails(await bg.cache.db(), (all) => {
        scans = all.length;
        return [];
      });
      const e = f.sync.lastError;
      return {
        connection: f.sync.connection,
        lastSuccessAt: f.sync.lastSuccessAt,
        lastError: e ? { code: e.code, at: e.at } : null,
        watermark: f.sync.watermark,
        pending: f.sync.pendingDetails.length,
        scans,
      };
    },
    syncNow: async () => ({ outcome: (await bg.sync.run()).outcome }),
  };
}
