import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, type BadgeInput, type ScanStatus } from '../core/index.ts';
import { t } from '../platform/testing/fake-i18n.ts';
import { badgeView } from './badge-state.ts';

const scan = (status: ScanStatus, flags: { acknowledged?: boolean; muted?: boolean } = {}) => ({ status, acknowledged: false, muted: false, ...flags });
const view = (connection: BadgeInput['connection'], scans: BadgeInput['scans']) => badgeView({ connection, scans }, t);

describe('badgeView (tooltips from the real messages.json)', () => {
  it('counts the scans needing attention per status, worst first, with the core\'s text and colour', () => {
    expect(view('ok', [scan('partially_completed'), scan('failed'), scan('failed'), scan('completed')])).toEqual({
      text: '3', color: BADGE_COLORS.red, title: 'ScanSight — needs attention: 2 Failed, 1 Partially Completed',
    });
  });

  it('notes acknowledged or muted failures, and running scans when nothing needs attention', () => {
    expect(view('ok', [scan('failed'), scan('failed', { muted: true })]).title).toBe('ScanSight — needs attention: 1 Failed; 1 acknowledged or muted');
    expect(view('ok', [scan('failed', { acknowledged: true }), scan('running'), scan('completed')])).toEqual({
      text: '', color: BADGE_COLORS.gray, title: 'ScanSight: nothing needs attention; 1 acknowledged or muted; 1 running',
    });
    expect(view('ok', []).title).toBe('ScanSight: nothing needs attention');
  });

  it('gives each connection state its own message, with the last known failures', () => {
    expect(view('not_configured', []).title).toBe('ScanSight is not set up: open Options to enter the scan API address and token.');
    expect(view('unauthorized', [scan('submission_error')])).toEqual({
      text: 'KEY', color: BADGE_COLORS.purple,
      title: 'ScanSight: the scan API rejected the token (401/403). Open Options and enter a valid token. Last known: 1 Submission Error.',
    });
    expect(view('unreachable', []).title).toBe('ScanSight cannot reach the scan API (offline or server down); it will retry.');
    expect(view('__proto__' as never, []).title).toBe(view('unreachable', []).title);
  });
});
