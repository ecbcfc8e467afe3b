import { describe, expect, it } from 'vitest';
import { paintFromView, screenKey, type PopupViewRecord } from './popup-view.ts';
import type { FirstScreen, PopupView } from './messages.ts';

const VIEW: PopupView = { filter: 'attention', search: '', allRuns: false };
const screen = { rows: [], firstScreen: { view: VIEW, matched: 0, counts: {}, filters: {}, scans: 7 } as unknown as FirstScreen };
const record: PopupViewRecord = {
  key: 'popup', version: 1, changes: 4, builtAt: 0, validUntil: 1_000, configured: true,
  capabilities: { rerun: true, stop: true } as never, connection: 'ok', lastSuccessAt: 'then', lastError: null, retryAt: 900,
  screens: { 'attention:latest': screen },
};

describe('paintFromView', () => {
  it('paints the view\'s screen, current while the counter matches and the clock is before validUntil', () => {
    expect(paintFromView(record, { changes: 4 }, VIEW, 999)).toMatchObject({ current: true, state: { rows: [], firstScreen: screen.firstScreen, configured: true } });
    expect(paintFromView(record, { changes: 5 }, VIEW, 999)?.current).toBe(false);
    expect(paintFromView(record, { changes: 4 }, VIEW, 1_000)?.current).toBe(false);
    expect(paintFromView({ ...record, validUntil: null }, { changes: 4 }, VIEW, 1e15)?.current).toBe(true);
    // A cache that never counted a change (an older build's record) is at 0.
    expect(paintFromView({ ...record, changes: 0 }, { key: 'state' }, VIEW, 0)?.current).toBe(true);
  });

  it('takes the header from the live sync record, the retry only while failing, and says not configured', () => {
    const live = { changes: 4, connection: 'unreachable', lastSuccessAt: 'now', lastError: { code: 'network', message: 'x', at: 'now' } };
    expect(paintFromView(record, live, VIEW, 0)?.state).toMatchObject({ connection: 'unreachable', lastSuccessAt: 'now', retryAt: 900, lastError: live.lastError });
    expect(paintFromView(record, { changes: 4 }, VIEW, 0)?.state).toMatchObject({ connection: 'ok', lastSuccessAt: 'then', retryAt: null });
    expect(paintFromView({ ...record, configured: false }, live, VIEW, 0)?.state.connection).toBe('not_configured');
  });

  it('paints nothing for a search, another view, or anything not a version-1 record', () => {
    expect(screenKey({ ...VIEW, search: '  ' })).toBe('attention:latest');
    expect(paintFromView(record, {}, { ...VIEW, search: 'prod' }, 0)).toBeNull();
    expect(paintFromView(record, {}, { ...VIEW, allRuns: true }, 0)).toBeNull();
    for (const junk of [undefined, null, 'x', [], { ...record, version: 2 }, { ...record, screens: [] }, { ...record, screens: { 'attention:latest': { rows: 'x' } } }]) {
      expect(paintFromView(junk, { changes: 4 }, VIEW, 0)).toBeNull();
    }
  });
});
