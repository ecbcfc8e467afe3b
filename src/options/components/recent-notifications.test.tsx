// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecentNotification } from '../../messages.ts';
import { background, resetBackground } from '../testing/fake-background.ts';
import { RecentNotifications, recentLine } from './recent-notifications.tsx';

vi.mock('../../platform/extension-api.ts', async () => (await import('../../platform/testing/fake-i18n.ts')).fakeI18nExt());
vi.mock('../../platform/send-message.ts', () => import('../testing/fake-background.ts'));

beforeEach(resetBackground);
afterEach(cleanup);

const entry = (over: Partial<RecentNotification>): RecentNotification => ({
  at: '2026-03-01T12:00:00.000Z', kind: 'broken', outcome: 'shown', scanId: 's-1', scanName: 'Nightly', projectName: 'Checkout', ...over,
});

describe('RecentNotifications', () => {
  it('lists what the notifier did with each recent change, names as text', async () => {
    background({
      'notifications/recent': () => [
        entry({ outcome: 'in_front', projectName: '<img src=x onerror=alert(1)>' }),
        entry({ kind: 'fixed', outcome: 'rule_off', scanId: 's-2', scanName: null, projectName: null }),
      ],
    });
    render(<RecentNotifications />);
    const items = await screen.findAllByRole('listitem');
    expect(items.map((li) => li.textContent?.replace(/^.*?(?=<img|s-2)/, ''))).toEqual([
      '<img src=x onerror=alert(1)> · Nightly — Scan needs attention: not notified, its dashboard page was in front of you',
      's-2 — Fixed: not notified, this kind of change is turned off above',
    ]);
    expect(document.querySelector('img')).toBeNull();
  });

  it('says so when nothing changed yet, or the background cannot be asked', async () => {
    background({});
    render(<RecentNotifications />);
    expect(await screen.findByText('No scan has changed state since ScanSight started watching.')).toBeTruthy();
  });
});

describe('recentLine', () => {
  it.each([
    ['shown', 'Scan needs attention: notified'],
    ['muted', 'Scan needs attention: not notified, the project is muted'],
    ['snoozed', 'Scan needs attention: not notified, the project was snoozed'],
    ['acknowledged', 'Scan needs attention: not notified, the scan was acknowledged'],
    ['quiet_hours', 'Scan needs attention: not notified, quiet hours were on'],
    ['something_new', 'Scan needs attention: something_new'],
  ])('%s → %s', (outcome, line) => {
    expect(recentLine(entry({ outcome }))).toBe(line);
  });
});
