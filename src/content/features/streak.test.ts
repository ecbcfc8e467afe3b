// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { loadFixture } from '../testing/fixtures.ts';
import { overlayData } from '../testing/overlay-data.ts';
import { annotated, featureRunner, settle, shadowText } from '../testing/run-features.ts';
import { streak } from './streak.ts';

vi.mock('../../platform/extension-api.ts', async () => (await import('../../platform/testing/fake-i18n.ts')).fakeI18nExt());

const start = featureRunner([streak]);

describe('streak', () => {
  it('marks the failure streak above the History table and recommends support with the reasons', async () => {
    loadFixture('history');
    await start();
    const [banner] = annotated('streak');
    expect(banner!.nextElementSibling!.matches('table.history')).toBe(true);
    expect(shadowText(banner!)).toContain('Failed 3 times in a row');
    expect(shadowText(banner!)).toContain('The last 3 runs failed, re-runs included: retrying is not fixing it.');
  });

  it('copies the redacted support details', async () => {
    loadFixture('history');
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await start();
    const root = annotated('streak')[0]!.shadowRoot!;
    root.querySelector('button')!.click();
    await settle();
    expect(writeText).toHaveBeenCalledWith('Scan s-200 (Failed)\nAADSTS7000215 [client secret redacted]');
    expect(root.querySelector('[role=status]')!.textContent).toBe('Copied — secrets are redacted.');
  });

  it('shows nothing for a project without a streak or escalation', async () => {
    loadFixture('history');
    const data = overlayData();
    data.projects[1] = { ...data.projects[1]!, failureStreak: 1, escalation: { recommend: false, reasons: [] } };
    await start(data);
    expect(annotated('streak')).toHaveLength(0);
  });

  it('keeps one banner when the dashboard re-renders its table', async () => {
    loadFixture('history');
    await start();
    const table = document.querySelector('table.history')!;
    table.replaceWith(table.cloneNode(true));
    await settle();
    expect(annotated('streak')).toHaveLength(1);
    expect(annotated('streak')[0]!.nextElementSibling!.matches('table.history')).toBe(true);
  });

  it('leaves no trace when aborted', async () => {
    loadFixture('history');
    const before = document.documentElement.innerHTML;
    const controller = await start();
    controller.abort();
    expect(document.documentElement.innerHTML).toBe(before);
  });
});
