// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { loadFixture } from '../testing/fixtures.ts';
import { overlayData } from '../testing/overlay-data.ts';
import { annotated, featureRunner, shadowText } from '../testing/run-features.ts';
import { chipFor, statusChip } from './status-chip.ts';

vi.mock('../../platform/extension-api.ts', async () => (await import('../../platform/testing/fake-i18n.ts')).fakeI18nExt());

const start = featureRunner([statusChip]);

describe('status-chip', () => {
  it('puts the job breakdown inside each known project status cell, out of the header grid\'s flow', async () => {
    loadFixture('projectsCollapsed');
    await start();
    const chips = annotated('status-chip');
    expect(chips.map((chip) => chip.closest('[data-project-id]')!.getAttribute('data-project-id'))).toEqual(['p-aws-prod', 'p-azure-dev', 'p-gcp']);
    expect(chips.map(shadowText)).toEqual(['3 of 36 jobs failed', '1 of 1 jobs failed', 'All 12 jobs succeeded']);
    // A child of the status cell, never a grid item of its own: the header keeps its columns.
    for (const chip of chips) expect(chip.parentElement!.classList.contains('scan-status'), chip.outerHTML).toBe(true);
    const header = chips[0]!.closest('.accordion-header')!;
    expect([...header.children].some((child) => child.matches('[data-scansight]'))).toBe(false);
    expect(chips[0]!.getAttribute('data-display')).toBe('badge');
    const tooltip = chips[0]!.shadowRoot!.querySelector('.chip')!.getAttribute('title');
    expect(tooltip).toBe('ScanSight — Partially Completed: 3 failed, 33 succeeded, 0 running (latest attempt of each job)');
  });

  it('says when the dashboard shows a newer run than the cache', async () => {
    loadFixture('projectsCollapsed');
    const data = overlayData();
    data.projects[0]!.latestScanId = 's-122';
    await start(data);
    expect(annotated('status-chip')[0]!.shadowRoot!.querySelector('.chip')!.getAttribute('title')).toContain('newer run');
  });

  it('without a status cell, takes a line of its own under the header, not a grid cell', async () => {
    loadFixture('projectsCollapsed');
    document.querySelector('[data-project-id="p-gcp"] .scan-status')!.remove();
    await start();
    const chip = annotated('status-chip').find((c) => c.closest('[data-project-id="p-gcp"]'))!;
    expect(chip.previousElementSibling!.classList.contains('accordion-header')).toBe(true);
    expect(chip.getAttribute('data-display')).toBe('block');
  });

  it('leaves no trace when aborted', async () => {
    loadFixture('projectsCollapsed');
    const before = document.body.innerHTML;
    const controller = await start();
    expect(annotated('status-chip')).toHaveLength(3);
    controller.abort();
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('chipFor', () => {
  const base = overlayData().projects[0]!;
  it.each([
    [{ failed: 1, running: 0, succeeded: 35 }, '1 of 36 jobs failed', 'warn'],
    [{ failed: 36, running: 0, succeeded: 0 }, '36 of 36 jobs failed', 'bad'],
    [{ failed: 0, running: 12, succeeded: 24 }, '12 of 36 jobs running', ''],
    [{ failed: 0, running: 0, succeeded: 36 }, 'All 36 jobs succeeded', 'ok'],
    [{ failed: 0, running: 0, succeeded: 30 }, '30 of 36 jobs succeeded', ''],
  ])('%o → %s', (counts, text, tone) => {
    expect(chipFor({ ...base, ...counts })).toEqual({ text, tone });
  });
});
