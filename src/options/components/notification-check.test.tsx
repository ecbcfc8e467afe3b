// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NotificationRules } from '../../messages.ts';
import { background, payloadsOf, resetBackground, SETTINGS } from '../testing/fake-background.ts';
import { NotificationCheck, rulesReport } from './notification-check.tsx';

vi.mock('../../platform/extension-api.ts', async () => (await import('../../platform/testing/fake-i18n.ts')).fakeI18nExt());
vi.mock('../../platform/send-message.ts', () => import('../testing/fake-background.ts'));

beforeEach(resetBackground);
afterEach(cleanup);

const RULES = SETTINGS.notifications;
const SENT = "A test notification was sent. If none appeared, the system is holding the browser's notifications back: check Do Not Disturb or Focus, and the browser's entry in the system's notification settings.";

async function check(rules: NotificationRules = RULES): Promise<string> {
  render(<NotificationCheck rules={rules} />);
  fireEvent.click(screen.getByRole('button', { name: 'Send a test notification' }));
  const report = document.querySelector('.notify-report')!;
  await vi.waitFor(() => expect(report.textContent).not.toBe(''));
  return report.textContent ?? '';
}

describe('NotificationCheck', () => {
  it('asks the background for a test notification and says it was sent', async () => {
    background({ 'notifications/test': () => ({ ok: true, permission: 'granted', shown: true }) });
    expect(await check()).toBe(SENT);
    expect(payloadsOf('notifications/test')).toEqual([{}]);
  });

  it.each([
    [{ ok: true as const, permission: 'denied' as const, shown: true }, "Notifications are blocked for ScanSight in the browser: allow them in the browser's notification settings, then test again."],
    [{ ok: true as const, permission: 'granted' as const, shown: false }, 'The browser refused the test notification.'],
    [{ ok: true as const, permission: 'unknown' as const, shown: true }, SENT],
  ])('reports %j', async (answer, text) => {
    background({ 'notifications/test': () => answer });
    expect(await check()).toBe(text);
  });

  it('adds what the rules on the page hold back', async () => {
    background({ 'notifications/test': () => ({ ok: true, permission: 'granted', shown: true }) });
    expect(await check({ broken: false, stillFailing: false, fixed: false, completed: false, quietHours: null })).toBe(`${SENT} Every kind of notification above is off, so ScanSight shows none.`);
  });

  it('says the background could not be asked', async () => {
    background({});
    expect(await check()).toMatch(/^.*unexpected notifications\/test/);
  });
});

describe('rulesReport', () => {
  it('names quiet hours only while they are on', () => {
    const quiet = { ...RULES, quietHours: { start: '22:00', end: '07:00' } };
    expect(rulesReport(quiet, new Date(2026, 0, 5, 23, 30))).toEqual(['Quiet hours are on now (22:00–07:00): ScanSight shows no notification until they end.']);
    expect(rulesReport(quiet, new Date(2026, 0, 5, 12, 0))).toEqual([]);
  });
});
