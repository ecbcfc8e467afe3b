/**
 * Everything the background's logic needs, passed in: the cache, the browser ports, the clock.
 * main.ts builds it from the real browser; tests build it from fakes. Nothing lives only here:
 * all state that must survive the worker is in IndexedDB or storage.
 */
import type { CacheHandle } from '../cache/open-cache.ts';
import type { AlarmsPort } from '../platform/alarms.ts';
import type { BadgePort } from '../platform/action-badge.ts';
import type { NotificationsPort } from '../platform/notifications.ts';
import type { StoragePort } from '../platform/storage.ts';
import type { TabsPort } from '../platform/tabs.ts';
import type { RuntimePort } from '../platform/runtime.ts';
import type { Settings } from '../messages.ts';
import type { SingleFlight } from './single-flight.ts';

export interface BackgroundPorts {
  alarms: AlarmsPort;
  badge: BadgePort;
  notifications: NotificationsPort;
  storage: StoragePort;
  tabs: TabsPort;
  runtime: RuntimePort;
}

export interface BackgroundDeps {
  cache: CacheHandle;
  ports: BackgroundPorts;
  now(): number;
  online(): boolean;
  random(): number;
  /** Passed to source adapters (tests: short timeouts). */
  sourceOptions?: { fetch?: typeof fetch; timeoutMs?: number; pageLimit?: number };
  /** Called after settings change (the overlay's content-script registration). */
  onSettingsSaved?(settings: Settings): Promise<void>;
}

export interface CycleResult {
  outcome: 'ok' | 'error' | 'offline' | 'not_configured';
  error?: { code: string; message: string };
  changed: boolean;
  /** Epoch ms of the next scheduled sync. */
  nextAt: number;
}

export interface Background extends BackgroundDeps {
  /** The sync, single-flight: `run()` gets a pass that starts after the call, `join()` any pass (single-flight.ts). */
  sync: SingleFlight<CycleResult>;
}
