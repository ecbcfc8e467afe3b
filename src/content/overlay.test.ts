// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OverlayData } from '../messages.ts';
import { FEATURES } from './features/index.ts';
import { REFRESH_BURST, startOverlay, type Overlay } from './overlay.ts';
import { referenceProfile } from './profile/reference-profile.ts';
import { loadFixture, ORIGIN } from './testing/fixtures.ts';
import { overlayData } from './testing/overlay-data.ts';
import { settle } from './testing/run-features.ts';

vi.mock('../platform/extension-api.ts', async () => (await import('../platform/testing/fake-i18n.ts')).fakeI18nExt());

let overlay: Overlay | undefined;
afterEach(() => overlay?.stop());

/** Starts the overlay against a fake background; returns the fake's handles. */
async function start(data: OverlayData = overlayData(), alive = { value: true }) {
  const fetchData = vi.fn(async (_url: string) => data);
  let changed: () => void = () => {};
  overlay = startOverlay({
    profile: referenceProfile,
    features: FEATURES,
    fetchData,
    onChanged: (listener) => {
      changed = listener;
      return () => { changed = () => {}; };
    },
    isAlive: () => alive.value,
  });
  await settle();
  return { fetchData, broadcast: () => changed(), alive };
}

const features = () => [...new Set([...document.querySelectorAll('[data-scansight]')].map((e) => e.getAttribute('data-scansight')))].sort();

describe('overlay', () => {
  it('asks the background for the page\'s data and annotates with every feature of the page', async () => {
    loadFixture('projectsExpanded');
    const { fetchData } = await start();
    expect(fetchData).toHaveBeenCalledWith(`${ORIGIN}/app/projects`);
    expect(features()).toEqual(['failed-job', 'hint', 'status-chip']);
  });

  it('annotates nothing while the overlay is disabled, and removes everything when it gets disabled', async () => {
    loadFixture('projectsExpanded');
    const before = document.documentElement.innerHTML;
    const data = overlayData();
    const { broadcast } = await start(data);
    expect(features()).not.toEqual([]);
    data.enabled = false;
    broadcast();
    await settle();
    expect(document.documentElement.innerHTML).toBe(before);
  });

  it('follows single-page navigation: new page, new data, other features', async () => {
    loadFixture('projectsExpanded');
    const { fetchData } = await start();
    loadFixture('integrations');
    await settle();
    expect(fetchData).toHaveBeenLastCalledWith(`${ORIGIN}/app/integrations`);
    expect(features()).toEqual(['connector']);
  });

  it('re-annotates from fresh data when the background broadcasts a change', async () => {
    loadFixture('integrations');
    const data = overlayData();
    const { broadcast } = await start(data);
    data.rejectedIntegrations = [{ integrationId: 'i-aws-1', name: 'Prod AWS', accountUid: null }];
    broadcast();
    await settle();
    expect([...document.querySelectorAll('tr[data-scansight]')].map((r) => r.getAttribute('data-integration-id'))).toEqual(['i-aws-1']);
  });

  it('removes every trace once the extension context is gone (reload or removal)', async () => {
    loadFixture('historyErrorPanel');
    const before = document.documentElement.innerHTML;
    const { alive } = await start();
    expect(features()).toEqual(['hint', 'streak']);
    alive.value = false;
    const activity = document.createElement('div');
    document.body.append(activity); // any page activity
    await settle();
    activity.remove();
    expect(document.documentElement.innerHTML).toBe(before);
  });

  it('a page looping history.replaceState + popstate costs a few requests a second, and ends on the last URL', async () => {
    loadFixture('projectsCollapsed');
    const { fetchData } = await start();
    fetchData.mockClear();
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date', 'performance'] });
    try {
      // One second of a page re-navigating every millisecond.
      for (let i = 0; i < 1000; i++) {
        history.replaceState(null, '', `/app/projects?loop=${i}`);
        window.dispatchEvent(new PopStateEvent('popstate'));
        await vi.advanceTimersByTimeAsync(1);
      }
      await vi.advanceTimersByTimeAsync(2000);
    } finally {
      vi.useRealTimers();
    }
    expect(fetchData.mock.calls.length).toBeGreaterThan(0);
    // Three seconds (the loop and the wait after it): at most REFRESH_BURST a second, plus one folded trigger.
    expect(fetchData.mock.calls.length).toBeLessThanOrEqual(3 * REFRESH_BURST + 1);
    expect(fetchData.mock.calls.at(-1)![0]).toContain('loop=999');
  });
});
