// @vitest-environment happy-dom
/**
 * The features on Prowler App's captured pages, through the Prowler profile: what a user of its UI
 * sees, including rows React re-renders in place with another scan's text.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadFixture, parseFixture, PROWLER_ORIGIN } from '../testing/fixtures.ts';
import { PROWLER_FAILED, prowlerOverlayData } from '../testing/prowler-overlay-data.ts';
import { annotated, featureRunner, settle, shadowText } from '../testing/run-features.ts';
import { prowlerProfile as profile } from '../profile/prowler-profile.ts';
import { FEATURES } from './index.ts';

vi.mock('../../platform/extension-api.ts', async () => (await import('../../platform/testing/fake-i18n.ts')).fakeI18nExt());

const start = featureRunner(FEATURES, profile);
const rows = () => [...document.querySelectorAll(profile.selectors.historyRow)];
const rowOf = (scanId: string) => rows().find((r) => profile.read.scanId(r) === scanId)!;

/** The marks belonging to a row: its own, inside it, and in ScanSight rows right after it. */
function marksOf(row: Element): string[] {
  const marks: string[] = [];
  const own = row.getAttribute('data-scansight');
  if (own) marks.push(own);
  for (const e of row.querySelectorAll('[data-scansight]')) marks.push(e.getAttribute('data-scansight')!);
  for (let next = row.nextElementSibling; next?.hasAttribute('data-scansight-added'); next = next.nextElementSibling) {
    for (const e of next.querySelectorAll('[data-scansight]')) marks.push(e.getAttribute('data-scansight')!);
  }
  return marks;
}

/** The hint card of a row (in the ScanSight row right after it). */
function hintOf(row: Element): Element | null {
  const next = row.nextElementSibling;
  return next?.hasAttribute('data-scansight-added') ? next.querySelector('[data-scansight=hint]') : null;
}

/** What React does to a row re-rendered with another scan: the ID chip's text node changes in place. */
function showScanInRow(row: Element, scanId: string): void {
  const label = [...row.querySelectorAll('span')].find((s) => s.textContent?.trim() === 'ID:')!;
  const chip = label.nextElementSibling!.querySelector('span')!;
  chip.firstChild!.nodeValue = scanId;
}

describe('Scans page (Completed tab)', () => {
  it('marks every failed scan row with a chip in its Status cell and one hint row; healthy rows get nothing', async () => {
    loadFixture('prowlerScansCompleted');
    await start(prowlerOverlayData());
    for (const row of rows()) {
      const id = profile.read.scanId(row)!;
      const marks = marksOf(row);
      if (PROWLER_FAILED.includes(id)) {
        expect([id, marks.sort()]).toEqual([id, ['failed-job', 'failed-job', 'hint']]);
        expect(profile.read.statusCell!(row)!.querySelector('[data-scansight=failed-job]')).not.toBeNull();
      } else expect([id, marks]).toEqual([id, []]);
    }
    expect(annotated('hint')).toHaveLength(PROWLER_FAILED.length);
  });

  it('the hint names the fix, links to the provider on the Providers page and to its scans, and carries the escalation', async () => {
    loadFixture('prowlerScansCompleted');
    await start(prowlerOverlayData());
    const credentials = hintOf(rowOf('s-invalid-credentials-1'))!;
    expect(shadowText(credentials)).toMatch(/credentials \(secret, key or token\)/);
    expect(shadowText(credentials)).not.toMatch(/delete the connector/i);
    const links = [...credentials.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain(`${PROWLER_ORIGIN}/providers?filter[uid]=210987654321`);
    expect(shadowText(hintOf(rowOf('s-repeated-failures-3'))!)).toContain('The last 3 runs failed');
    // An older failure of the same provider explains itself, without repeating the escalation.
    expect(shadowText(hintOf(rowOf('s-repeated-failures-2'))!)).not.toContain('The last 3 runs failed');
    // The hint row spans the table's columns.
    expect(hintOf(rowOf('s-invalid-credentials-1'))!.closest('td')!.getAttribute('colspan')).toBe(String(rowOf('s-invalid-credentials-1').children.length));
  });

  it("the card's Re-run brings Prowler's own Launch Scan into focus without clicking it; the link names Prowler's page", async () => {
    loadFixture('prowlerScansCompleted');
    await start(prowlerOverlayData());
    const card = hintOf(rowOf('s-temporary-then-success-1'))!;
    const rerun = [...card.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Re-run');
    expect(rerun).toBeDefined();
    const launch = document.querySelector<HTMLButtonElement>('button[aria-label="Launch Scan"]')!;
    const clicked = vi.fn();
    launch.addEventListener('click', clicked);
    rerun!.click();
    expect(document.activeElement).toBe(launch);
    expect(clicked).not.toHaveBeenCalled();
    const link = hintOf(rowOf('s-invalid-credentials-1'))!.shadowRoot!.querySelector('a')!;
    expect(link.textContent).toBe('This provider on the Providers page');
  });

  it('follows the text when React re-renders rows in place: marks move with the scan, none duplicated', async () => {
    loadFixture('prowlerScansCompleted');
    await start(prowlerOverlayData());
    const first = rows()[0]!; // s-stopped-2, completed
    const credentials = rowOf('s-invalid-credentials-1');
    showScanInRow(first, 's-invalid-credentials-1');
    showScanInRow(credentials, 's-stopped-2');
    await settle();
    expect(marksOf(first).sort()).toEqual(['failed-job', 'failed-job', 'hint']);
    expect(marksOf(credentials)).toEqual([]);
    expect(annotated('hint')).toHaveLength(PROWLER_FAILED.length);
  });

  it('removes a hint row whose scan row the page removed', async () => {
    loadFixture('prowlerScansCompleted');
    await start(prowlerOverlayData());
    rowOf('s-permission-errors-1').remove();
    await settle();
    expect(annotated('hint')).toHaveLength(PROWLER_FAILED.length - 1);
    expect(document.querySelectorAll('tr[data-scansight-added]')).toHaveLength(PROWLER_FAILED.length - 1);
  });

  it('puts the hint in the error dialog opened from a failed row\'s menu, for that row\'s scan', async () => {
    loadFixture('prowlerScansCompleted');
    await start(prowlerOverlayData());
    rowOf('s-permission-errors-1').querySelector('[aria-haspopup="menu"]')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    const item = document.createElement('div');
    item.setAttribute('role', 'menuitem');
    item.textContent = 'View error details';
    document.body.append(item);
    item.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    item.remove();
    const dialog = parseFixture('prowlerErrorDialogPermissions').querySelector('[role="dialog"]')!;
    document.body.append(dialog);
    await settle();
    const card = dialog.querySelector('[data-scansight=hint]');
    expect(card).not.toBeNull();
    expect(shadowText(card!)).toMatch(/SecurityAudit/);
  });

  it('turns everything off when stopped', async () => {
    loadFixture('prowlerScansCompleted');
    const controller = await start(prowlerOverlayData());
    controller.abort();
    expect(document.querySelectorAll('[data-scansight]')).toHaveLength(0);
  });
});

describe('Scans page (In Progress tab)', () => {
  it('marks nothing: the executing and queued scans have not failed', async () => {
    loadFixture('prowlerScansInProgress');
    await start(prowlerOverlayData());
    expect(document.querySelectorAll('[data-scansight]:not(style)')).toHaveLength(0);
  });
});

describe('Providers page', () => {
  it('flags the providers whose credentials were rejected, matched by the UID they show', async () => {
    loadFixture('prowlerProviders');
    await start(prowlerOverlayData());
    const flagged = [...document.querySelectorAll(profile.selectors.providerRow)].filter((r) => marksOf(r).includes('connector')).map((r) => profile.read.accountUid(r));
    expect(flagged).toEqual(['8f2d6c1a-4b3e-4f7a-9c2d-1e0b5a6f7c8d', '210987654321']);
  });
});
