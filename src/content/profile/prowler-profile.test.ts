// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { prowlerProfile as profile } from './prowler-profile.ts';
import { pickProfile } from './pick-profile.ts';
import { loadFixture, PROWLER_ORIGIN } from '../testing/fixtures.ts';

const rows = () => [...document.querySelectorAll(profile.selectors.historyRow)];
const url = (path: string) => new URL(path, PROWLER_ORIGIN);

describe("Prowler profile on Prowler App's captured pages", () => {
  it('reads every scan row\'s id from the text after its "ID:" label (rows carry no id attribute or link)', () => {
    loadFixture('prowlerScansCompleted');
    expect(rows().map((r) => profile.read.scanId(r))).toEqual([
      's-stopped-2', 's-running-1', 's-submission-error-1', 's-partial-36-1', 's-repeated-failures-3', 's-invalid-credentials-1',
      's-permission-errors-1', 's-stopped-1', 's-temporary-then-success-1', 's-repeated-failures-2',
    ]);
    loadFixture('prowlerScansInProgress');
    expect(rows().map((r) => profile.read.scanId(r))).toEqual(['s-submission-error-2', 's-not-started-1']);
  });

  it('finds the Status cell of each completed-tab row by its column header, and one table', () => {
    loadFixture('prowlerScansCompleted');
    expect(rows().map((r) => profile.read.statusCell!(r)?.textContent?.trim().toLowerCase())).toEqual([
      'completed', 'completed', 'failed', 'failed', 'failed', 'failed', 'failed', 'cancelled', 'failed', 'failed',
    ]);
    expect(document.querySelectorAll(profile.selectors.historyTable)).toHaveLength(1);
  });

  it('reads each provider row\'s cloud account id from the text after "UID:"', () => {
    loadFixture('prowlerProviders');
    const uids = [...document.querySelectorAll(profile.selectors.providerRow)].map((r) => profile.read.accountUid(r));
    expect(uids).toHaveLength(10);
    expect(uids.slice(0, 2)).toEqual(['8f2d6c1a-4b3e-4f7a-9c2d-1e0b5a6f7c8d', '210987654321']);
    expect(uids).not.toContain(null);
  });

  it('has no Status column on the In Progress tab (a progress bar instead): no cell is guessed', () => {
    loadFixture('prowlerScansInProgress');
    expect(rows().map((r) => profile.read.statusCell!(r))).toEqual([null, null]);
  });

  it('matches nothing the reference dashboard has and Prowler lacks (projects, job lists, re-run buttons)', () => {
    loadFixture('prowlerScansCompleted');
    for (const key of ['projectRow', 'projectHeader', 'jobRow', 'jobList', 'jobNameCell'] as const) {
      expect(document.querySelectorAll(profile.selectors[key])).toHaveLength(0);
    }
    expect(profile.selectors.rerunButton).toBeNull();
  });
});

describe('Prowler profile: the error dialog is tied to the row whose menu opened it', () => {
  let detach: (() => void) | null = null;
  afterEach(() => detach?.());

  function openMenuOf(scanId: string, itemText: string): void {
    const row = rows().find((r) => profile.read.scanId(r) === scanId)!;
    const trigger = row.querySelector('[aria-haspopup="menu"]')!;
    trigger.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    const item = document.createElement('div');
    item.setAttribute('role', 'menuitem');
    item.textContent = itemText;
    document.body.append(item);
    item.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    item.remove();
  }

  it('names the scan of the row whose "View error details" was chosen', () => {
    loadFixture('prowlerErrorDialogCredentials');
    detach = profile.attach!(document);
    const dialog = document.querySelector(profile.selectors.errorPanel)!;
    expect(dialog.textContent).toContain('Scan Error Details');
    expect(profile.read.scanId(dialog)).toBeNull(); // nothing chosen yet: no guess
    openMenuOf('s-invalid-credentials-1', 'View error details');
    expect(profile.read.scanId(dialog)).toBe('s-invalid-credentials-1');
    openMenuOf('s-permission-errors-1', 'Edit Scan Alias');
    expect(profile.read.scanId(dialog)).toBeNull(); // another dialog opened from another item
  });

  it('forgets everything once detached', () => {
    loadFixture('prowlerErrorDialogCredentials');
    detach = profile.attach!(document);
    openMenuOf('s-invalid-credentials-1', 'View error details');
    detach();
    detach = null;
    expect(profile.read.scanId(document.querySelector(profile.selectors.errorPanel)!)).toBeNull();
  });
});

describe('Prowler profile URLs', () => {
  it('knows the Scans and Providers pages, with or without a trailing slash or query', () => {
    expect(profile.urls.page(url('/scans'))).toBe('scans');
    expect(profile.urls.page(url('/scans/?tab=active'))).toBe('scans');
    expect(profile.urls.page(url('/providers'))).toBe('integrations');
    expect(profile.urls.page(url('/findings?filter[scan__in]=s-1'))).toBeNull();
    expect(profile.urls.page(url('/'))).toBeNull();
  });

  it('reads the provider of a filtered Scans page, as Prowler\'s "View Scan Jobs" sets it', () => {
    expect(profile.urls.projectId(url('/scans?filter[provider__in]=p-1'))).toBe('p-1');
    expect(profile.urls.projectId(url('/scans?filter[provider__in]=p-1,p-2'))).toBeNull();
    expect(profile.urls.projectId(url('/scans'))).toBeNull();
  });

  it('links to the provider by its account id, encoded, and to its scans', () => {
    expect(profile.urls.integration(PROWLER_ORIGIN, { integrationId: 'p-1', accountUid: 'a b&c' })).toBe(`${PROWLER_ORIGIN}/providers?filter[uid]=a%20b%26c`);
    expect(profile.urls.integration(PROWLER_ORIGIN, { integrationId: 'p-1', accountUid: null })).toBe(`${PROWLER_ORIGIN}/providers`);
    expect(profile.urls.history(PROWLER_ORIGIN, 'p/1')).toBe(`${PROWLER_ORIGIN}/scans?filter[provider__in]=p%2F1`);
  });

  it('is picked when the configured source is Prowler App, on any page of the app', () => {
    expect(pickProfile(url('/overview'), 'prowler')).toBe(profile);
    expect(pickProfile(url('/app/projects'), 'scansight')?.id).toBe('reference');
    expect(pickProfile(url('/overview'), 'scansight')).toBeNull();
  });
});
