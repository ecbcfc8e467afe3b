/** Starts overlay features on the current (happy-dom) document and waits for their passes. */
import { afterEach, vi } from 'vitest';
import type { OverlayData } from '../../messages.ts';
import type { Feature } from '../context.ts';
import { createObserverHub, type ObserverHub } from '../observe/observer-hub.ts';
import { indexOverlayData } from '../overlay-index.ts';
import { referenceProfile } from '../profile/reference-profile.ts';
import type { DashboardProfile } from '../profile/types.ts';
import { overlayData } from './overlay-data.ts';

/** Resolves after every queued frame, timer and microtask has run (observer passes included). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  }
  await vi.waitUntil(() => true);
}

/** Runs `features` for the page at the current URL; abort the returned controller to tear down. */
export async function runFeatures(
  features: readonly Feature[],
  data: OverlayData,
  profile: DashboardProfile = referenceProfile,
): Promise<{ controller: AbortController; hub: ObserverHub }> {
  const hub = createObserverHub(document, { watchedAttributes: profile.watchedAttributes, observeText: profile.rowsReusedInPlace });
  const detach = profile.attach?.(document);
  const controller = new AbortController();
  const url = new URL(location.href);
  const page = profile.urls.page(url);
  if (!page) throw new Error(`no dashboard page at ${url.href}`);
  controller.signal.addEventListener('abort', () => {
    hub.disconnect();
    detach?.();
  });
  for (const feature of features) {
    if (feature.pages.includes(page)) feature.init(controller.signal, { profile, data: indexOverlayData(data), url, page, hub });
  }
  await settle();
  return { controller, hub };
}

/**
 * One test file's runner for `features`: `start(data)` runs them on the page loaded now (a saved
 * fixture) and returns their controller; whatever a test started is aborted after it.
 */
export function featureRunner(features: readonly Feature[], profile: DashboardProfile = referenceProfile): (data?: OverlayData) => Promise<AbortController> {
  const started: AbortController[] = [];
  afterEach(() => {
    for (const controller of started.splice(0)) controller.abort();
  });
  return async (data = overlayData()) => {
    const { controller } = await runFeatures(features, data, profile);
    started.push(controller);
    return controller;
  };
}

/** Text inside an annotation host's shadow root. */
export function shadowText(host: Element): string {
  const nodes = [...(host.shadowRoot?.childNodes ?? [])].filter((node) => node.nodeName !== 'STYLE');
  return nodes.map((node) => node.textContent).join(' ').replace(/\s+/g, ' ').trim();
}

/** Hosts and marked elements of a feature. */
export function annotated(feature: string): Element[] {
  return [...document.querySelectorAll(`[data-scansight="${feature}"]`)];
}
