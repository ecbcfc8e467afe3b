// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from './options-page.tsx';
import { SETTINGS, background, get, payloadsOf, permissions, resetBackground } from './testing/fake-background.ts';

vi.mock('../platform/extension-api.ts', async () => (await import('../platform/testing/fake-i18n.ts')).fakeI18nExt());
vi.mock('../platform/permissions.ts', async (original) => ({ ...(await original<object>()), ...(await import('./testing/fake-background.ts')).permissions }));
vi.mock('../platform/send-message.ts', () => import('./testing/fake-background.ts'));

beforeEach(resetBackground);
afterEach(cleanup);

async function fill(label: string, value: string) {
  fireEvent.input(await screen.findByLabelText(label), { target: { value } });
}

describe('options page', () => {
  it('saves the URLs and token after asking for both origins from the click', async () => {
    background({ 'options/get': () => get({ hasToken: payloadsOf('options/save').length > 0 })(), 'options/save': () => ({ ok: true }), 'popup/rows': () => { throw new Error('offline'); } });
    render(<OptionsPage />);
    await fill('API URL', 'https://api.example.com/v1');
    await fill('API token', 's3cret');
    await fill('Dashboard URL', 'https://dash.example.com/app/');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(permissions.requestOrigins).toHaveBeenCalledWith(['https://api.example.com/*', 'https://dash.example.com/*']);
    await screen.findByText('Saved.');
    expect(payloadsOf('options/save')).toEqual([{
      settings: { ...SETTINGS, apiUrl: 'https://api.example.com/v1', dashboardUrl: 'https://dash.example.com/app/' },
      credentials: { token: 's3cret' },
    }]);
    expect((screen.getByLabelText('API token') as HTMLInputElement).value).toBe('');
    expect(screen.getByText('A token is saved. Leave empty to keep it.')).toBeTruthy();
  });

  it('skips the prompt when the origins are granted already (e2e/demo builds)', async () => {
    permissions.hasOrigins.mockResolvedValue(true);
    background({ 'options/get': get({ settings: { ...SETTINGS, apiUrl: 'http://127.0.0.1:8790/api', dashboardUrl: 'http://127.0.0.1:8790/app/' } }), 'options/save': () => ({ ok: true }), 'popup/rows': () => ({ rows: [] }) as never });
    render(<OptionsPage />);
    await waitFor(() => expect(permissions.hasOrigins).toHaveBeenCalledWith(['http://127.0.0.1/*']));
    await new Promise((resolve) => setTimeout(resolve, 0));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved.');
    expect(permissions.requestOrigins).not.toHaveBeenCalled();
    expect(payloadsOf('options/save')[0]).toEqual({ settings: expect.objectContaining({ apiUrl: 'http://127.0.0.1:8790/api' }), credentials: undefined });
  });

  it('still saves when access is declined, and says what is missing', async () => {
    permissions.requestOrigins.mockResolvedValue(false);
    background({ 'options/get': get(), 'options/save': () => ({ ok: true }), 'popup/rows': () => ({ rows: [] }) as never });
    render(<OptionsPage />);
    await fill('Dashboard URL', 'https://dash.example.com/app/');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Saved. Access to https://dash.example.com/* was not granted: ScanSight cannot reach the API or annotate the dashboard until it is.');
  });

  it('refuses a URL that is not http(s) without asking or saving', async () => {
    background({ 'options/get': get(), 'popup/rows': () => ({ rows: [] }) as never });
    render(<OptionsPage />);
    await fill('API URL', 'ftp://files.example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('status').textContent).toBe('API URL must be an http:// or https:// URL.');
    expect(permissions.requestOrigins).not.toHaveBeenCalled();
    expect(payloadsOf('options/save')).toEqual([]);
  });

  it.each([
    [{ ok: true as const, projects: 3, scans: 12, integrations: 2 }, 'Connected: the token reaches 3 projects, 12 scans and 2 integrations.'],
    [{ ok: false as const, error: 'token rejected', status: 401 }, 'Connection failed (HTTP 401): token rejected'],
    [{ ok: false as const, error: 'fetch failed: ECONNREFUSED' }, 'Connection failed: fetch failed: ECONNREFUSED'],
  ])('Test connection reports %o', async (answer, text) => {
    background({ 'options/get': get(), 'options/test': () => answer, 'popup/rows': () => ({ rows: [] }) as never });
    render(<OptionsPage />);
    await fill('API URL', 'https://api.example.com');
    await fill('API token', 'tok');
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText(text)).toBeTruthy();
    expect(payloadsOf('options/test')).toEqual([{ settings: expect.objectContaining({ apiUrl: 'https://api.example.com' }), credentials: { token: 'tok' } }]);
  });

  it('says which stored settings were invalid and reset to their defaults', async () => {
    background({ 'options/get': get({ invalid: ['dashboardUrl', 'pollIdleMinutes'] }), 'popup/rows': () => ({ rows: [] }) as never });
    render(<OptionsPage />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('dashboardUrl, pollIdleMinutes');
  });

  it('shows values locked by policy disabled, with a note', async () => {
    background({ 'options/get': get({ locked: ['apiUrl', 'overlayEnabled'] }), 'popup/rows': () => ({ rows: [] }) as never });
    render(<OptionsPage />);
    expect((await screen.findByLabelText('API URL') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText('Dashboard URL') as HTMLInputElement).disabled).toBe(false);
    expect((screen.getByLabelText('Show annotations on the dashboard') as HTMLInputElement).disabled).toBe(true);
    expect(screen.getAllByText('Set by your organization')).toHaveLength(2);
  });

  it('edits preferences and saves them: overlay, polling, notifications with quiet hours, retention, source', async () => {
    background({ 'options/get': get(), 'options/save': () => ({ ok: true }), 'popup/rows': () => ({ rows: [] }) as never });
    render(<OptionsPage />);
    fireEvent.click(await screen.findByLabelText('Show annotations on the dashboard'));
    fireEvent.change(screen.getByLabelText('Check every (minutes)'), { target: { value: '15' } });
    fireEvent.click(screen.getByLabelText('A scan completes'));
    fireEvent.click(screen.getByLabelText('Quiet hours'));
    fireEvent.change(screen.getByLabelText('Quiet from'), { target: { value: '21:30' } });
    fireEvent.change(screen.getByLabelText('Runs kept per project'), { target: { value: '9999' } });
    fireEvent.change(screen.getByLabelText('Source'), { target: { value: 'prowler' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved.');
    expect(payloadsOf('options/save')[0]).toEqual({
      settings: {
        ...SETTINGS, sourceType: 'prowler', overlayEnabled: false, pollIdleMinutes: 15,
        notifications: { ...SETTINGS.notifications, completed: true, quietHours: { start: '21:30', end: '07:00' } },
        retention: { runsPerProject: 500, errorLogDays: 30 },
      },
      credentials: undefined,
    });
  });

  it('clears the cache and mutes a project', async () => {
    background({
      'options/get': get(),
      'cache/clear': () => ({ ok: true }),
      'project/mute': () => ({ ok: true }),
      'popup/rows': () => ({ rows: [{ projectId: 'p-1', projectName: 'Prod AWS', muted: false }] }) as never,
    });
    render(<OptionsPage />);
    fireEvent.click(await screen.findByLabelText('Prod AWS'));
    await waitFor(() => expect((screen.getByLabelText('Prod AWS') as HTMLInputElement).checked).toBe(true));
    expect(payloadsOf('project/mute')).toEqual([{ projectId: 'p-1', muted: true }]);
    fireEvent.click(screen.getByRole('button', { name: 'Clear cache' }));
    expect(await screen.findByText('Cache cleared.')).toBeTruthy();
  });
});
