import { describe, expect, it } from 'vitest';
import { dashboardUrlFor, pageShowsScan } from './dashboard-url.ts';

const scan = { id: 's-1', projectId: 'p 1', dashboardUrl: null };

describe('dashboardUrlFor', () => {
  it.each([
    ['http://127.0.0.1:8787/app/', { scan }, 'http://127.0.0.1:8787/app/projects/p%201/history?scan=s-1'],
    ['http://127.0.0.1:8787', { projectId: 'p-2' }, 'http://127.0.0.1:8787/app/projects/p-2/history'],
    ['https://dash.example.com/app', { page: 'integrations' as const }, 'https://dash.example.com/app/integrations'],
    ['https://dash.example.com/app/', {}, 'https://dash.example.com/app/projects'],
    ['https://dash.example.com/app/', { scan: { ...scan, dashboardUrl: 'https://dash.example.com/app/projects/x/history?scan=s-1' } }, 'https://dash.example.com/app/projects/x/history?scan=s-1'],
    ['https://dash.example.com/app/', { scan: { ...scan, dashboardUrl: 'https://evil.example.net/phish' } }, 'https://dash.example.com/app/projects/p%201/history?scan=s-1'],
    ['', { scan }, null],
    ['javascript:alert(1)', { scan }, null],
  ])('%s %j → %s', (base, target, expected) => {
    expect(dashboardUrlFor(base, target)).toBe(expected);
  });
});

describe('pageShowsScan', () => {
  const base = 'http://127.0.0.1:8787/app/';
  it.each([
    ['http://127.0.0.1:8787/app/', true],
    ['http://127.0.0.1:8787/app', true],
    ['http://127.0.0.1:8787/app/projects?pageSize=50', true],
    ['http://127.0.0.1:8787/app/projects/p%201/history?scan=other#errors', true],
    ['http://127.0.0.1:8787/app/projects/p%202/history', false],
    ['http://127.0.0.1:8787/app/integrations', false],
    ['http://localhost:8787/app/projects', false],
    ['https://evil.example.net/app/projects', false],
    ['not a url', false],
    [undefined, false],
  ])('%s → %s', (url, expected) => {
    expect(pageShowsScan(url, base, scan)).toBe(expected);
  });

  it("counts the scan's own dashboard page on the dashboard's origin, never one elsewhere", () => {
    const own = { ...scan, dashboardUrl: 'http://127.0.0.1:8787/app/scans/s-1' };
    expect(pageShowsScan('http://127.0.0.1:8787/app/scans/s-1?tab=jobs', base, own)).toBe(true);
    const foreign = { ...scan, dashboardUrl: 'https://evil.example.net/scans/s-1' };
    expect(pageShowsScan('https://evil.example.net/scans/s-1', base, foreign)).toBe(false);
  });

  it('is false without a usable dashboard setting', () => {
    expect(pageShowsScan('http://127.0.0.1:8787/app/projects', '', scan)).toBe(false);
  });
});
