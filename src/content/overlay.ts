/**
 * The overlay's lifecycle on one dashboard tab: fetch the overlay data from the background, start
 * the features for the current page, restart them on navigation or when the data changes, and tear
 * everything down when the overlay is disabled or the extension goes away.
 */
import type { OverlayData } from '../messages.ts';
import type { Feature } from './context.ts';
import { createObserverHub } from './observe/observer-hub.ts';
import { indexOverlayData, type OverlayIndex } from './overlay-index.ts';
import type { DashboardProfile } from './profile/types.ts';

export interface OverlayDeps {
  profile: DashboardProfile;
  features: readonly Feature[];
  /** Asks the background for the data of the page at `url` (the only message the overlay sends). */
  fetchData(url: string): Promise<OverlayData>;
  /** Calls `listener` when the background says something changed; returns the unsubscribe. */
  onChanged(listener: () => void): () => void;
  /** False once the extension was reloaded, disabled or removed (its context is invalidated). */
  isAlive(): boolean;
  /** Data already fetched for this page (the reply that chose the profile): used instead of a first fetch. */
  initial?: OverlayData;
}

export interface Overlay {
  /** Fetches fresh data and re-annotates (resolves once the features are restarted). */
  refresh(): Promise<void>;
  /** Removes every annotation and stops observing, for good. */
  stop(): void;
}

/** At most this many overlay requests of one page in any REFRESH_WINDOW_MS. */
export const REFRESH_BURST = 3;
export const REFRESH_WINDOW_MS = 1000;

/** Starts the overlay in the current document. */
export function startOverlay(deps: OverlayDeps): Overlay {
  const { profile } = deps;
  const hub = createObserverHub(document, { watchedAttributes: profile.watchedAttributes, observeText: profile.rowsReusedInPlace });
  const detach = profile.attach?.(document);
  let data: OverlayIndex | null = null;
  let run: AbortController | null = null;
  let href = location.href;
  let stopped = false;

  function startFeatures(): void {
    run?.abort();
    run = null;
    href = location.href;
    const url = new URL(href);
    const page = profile.urls.page(url);
    if (!data || !page || stopped) return;
    run = new AbortController();
    for (const feature of deps.features) {
      if (feature.pages.includes(page)) feature.init(run.signal, { profile, data, url, page, hub });
    }
  }

  // Coalesced: at most one request in flight, at most REFRESH_BURST of them in any REFRESH_WINDOW_MS,
  // and every trigger meanwhile (navigations, broadcasts) folded into the next one, which reads the
  // URL of the moment. A page looping navigation events thus costs a few requests a second.
  let inFlight: Promise<void> | null = null;
  let scheduled: Promise<void> | null = null;
  const starts: number[] = [];

  function refresh(): Promise<void> {
    if (scheduled) return scheduled;
    scheduled = (async () => {
      await (inFlight ?? Promise.resolve()); // also: `scheduled` is assigned before this body goes on
      const wait = starts.length < REFRESH_BURST ? 0 : starts[0]! + REFRESH_WINDOW_MS - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      scheduled = null;
      if (stopped) return;
      starts.push(performance.now());
      if (starts.length > REFRESH_BURST) starts.shift();
      const current = fetchAndApply();
      inFlight = current;
      try {
        await current;
      } finally {
        if (inFlight === current) inFlight = null;
      }
    })();
    return scheduled;
  }

  async function fetchAndApply(): Promise<void> {
    let fresh: OverlayData;
    try {
      fresh = await deps.fetchData(location.href);
    } catch (error) {
      if (!deps.isAlive()) stop();
      else console.warn('ScanSight: overlay data unavailable', error);
      return;
    }
    // One request at a time (refresh() serializes them): no older answer can land after a newer one.
    if (stopped) return;
    apply(fresh);
  }

  function apply(fresh: OverlayData): void {
    data = fresh.enabled ? indexOverlayData(fresh) : null;
    startFeatures();
  }

  function stop(): void {
    if (stopped) return;
    stopped = true;
    run?.abort();
    hub.disconnect();
    detach?.();
    unsubscribe();
    window.removeEventListener('popstate', onNavigate);
  }

  function onNavigate(): void {
    if (location.href !== href) {
      href = location.href;
      void refresh();
    }
  }

  // Each pass first checks the extension is still there and whether the SPA navigated.
  hub.onPass(() => (deps.isAlive() ? onNavigate() : stop()));
  window.addEventListener('popstate', onNavigate);
  const unsubscribe = deps.onChanged(() => void refresh());
  if (deps.initial) apply(deps.initial);
  else void refresh();
  return { refresh, stop };
}
