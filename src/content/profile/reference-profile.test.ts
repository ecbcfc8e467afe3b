// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { referenceProfile as profile } from './reference-profile.ts';
import { loadFixture, ORIGIN, type FixtureName } from '../testing/fixtures.ts';
import type { ProfileSelectors } from './types.ts';

/** How many elements each selector must match in each saved page (absent = 0). */
const EXPECTED: Partial<Record<FixtureName, Partial<Record<keyof ProfileSelectors, number>>>> = {
  projectsCollapsed: { projectRow: 4, projectHeader: 4, statusIcon: 4, rerunButton: 3 },
  projectsExpanded: { projectRow: 4, projectHeader: 4, statusIcon: 4, rerunButton: 3, jobRow: 4, jobList: 1, jobNameCell: 4 },
  history: { statusIcon: 4, historyTable: 1, historyRow: 4, rerunButton: 4 },
  historyErrorPanel: { statusIcon: 4, historyTable: 1, historyRow: 4, rerunButton: 4, errorPanel: 1 },
  integrations: { providersTable: 1, providerRow: 3 },
};

describe('reference profile selectors on the saved pages', () => {
  for (const [fixture, expected] of Object.entries(EXPECTED) as Array<[FixtureName, NonNullable<(typeof EXPECTED)[FixtureName]>]>) {
    for (const key of Object.keys(profile.selectors) as Array<keyof ProfileSelectors>) {
      it(`${key} matches ${expected[key] ?? 0} in ${fixture}`, () => {
        loadFixture(fixture);
        expect(document.querySelectorAll(profile.selectors[key] ?? ':not(*)').length).toBe(expected[key] ?? 0);
      });
    }
  }
});

describe('reference profile readers', () => {
  it('reads project, scan and job ids from rows', () => {
    loadFixture('projectsExpanded');
    const rows = [...document.querySelectorAll(profile.selectors.projectRow)];
    expect(rows.map((r) => profile.read.projectId(r))).toEqual(['p-aws-prod', 'p-azure-dev', 'p-gcp', 'p-new']);
    expect(rows.map((r) => profile.read.scanId(r))).toEqual(['s-123', 's-200', 's-300', null]);
    const job = document.querySelector(profile.selectors.jobRow)!;
    expect([profile.read.jobId(job), profile.read.scanId(job)]).toEqual(['j-1', 's-123']);
  });

  it('finds the rows of one job inside a job list by id, quotes and all', () => {
    loadFixture('projectsExpanded');
    const list = document.querySelector(profile.selectors.jobList)!;
    expect(profile.read.jobRowsById(list, 'j-3').map((r) => profile.read.jobId(r))).toEqual(['j-3']);
    expect(profile.read.jobRowsById(list, 'j-"9"]')).toEqual([]);
  });

  it('falls back to the project link when a row lacks data-project-id', () => {
    const row = document.createElement('div');
    const link = document.createElement('a');
    link.setAttribute('href', '/app/projects/p%20x/history');
    row.append(link);
    expect(profile.read.projectId(row)).toBe('p x');
  });

  it('reads scan ids of history rows and the error panel, integration ids of connectors', () => {
    loadFixture('historyErrorPanel');
    expect(profile.read.scanId(document.querySelector(profile.selectors.errorPanel)!)).toBe('s-200');
    expect([...document.querySelectorAll(profile.selectors.historyRow)].map((r) => profile.read.scanId(r))).toEqual(['s-200', 's-199', 's-198', 's-150']);
    loadFixture('integrations');
    expect(profile.read.integrationId(document.querySelector(profile.selectors.providerRow)!)).toBe('i-aws-1');
  });
});

describe('reference profile URLs', () => {
  const page = (path: string) => profile.urls.page(new URL(path, ORIGIN));
  it('detects each page by its path', () => {
    expect(page('/app/')).toBe('projects');
    expect(page('/app/projects')).toBe('projects');
    expect(page('/app/projects/p-1/history')).toBe('history');
    expect(page('/app/integrations')).toBe('integrations');
    expect(page('/app/projects/p-1/findings')).toBeNull();
    expect(page('/login')).toBeNull();
  });
  it('reads the project of a History URL and builds links', () => {
    expect(profile.urls.projectId(new URL('/app/projects/p-aws-prod/history', ORIGIN))).toBe('p-aws-prod');
    expect(profile.urls.projectId(new URL('/app/projects', ORIGIN))).toBeNull();
    expect(profile.urls.integrations(ORIGIN)).toBe(`${ORIGIN}/app/integrations`);
    expect(profile.urls.history(ORIGIN, 'p 1')).toBe(`${ORIGIN}/app/projects/p%201/history`);
    expect(profile.matches(new URL('/app/projects', ORIGIN))).toBe(true);
    expect(profile.matches(new URL('/docs', ORIGIN))).toBe(false);
  });
});
