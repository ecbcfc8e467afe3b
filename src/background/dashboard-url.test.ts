import { describe, expect, it } from 'vitest';
import { dashboardUrlFor } from './dashboard-url.ts';

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
