// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../options-page.tsx';
import { SETTINGS, background, get, payloadsOf, resetBackground } from '../testing/fake-background.ts';

vi.mock('../../platform/extension-api.ts', async () => (await import('../../platform/testing/fake-i18n.ts')).fakeI18nExt());
vi.mock('../../platform/permissions.ts', async (original) => ({ ...(await original<object>()), ...(await import('../testing/fake-background.ts')).permissions }));
vi.mock('../../platform/send-message.ts', () => import('../testing/fake-background.ts'));

beforeEach(resetBackground);
afterEach(cleanup);

const PROWLER = { ...SETTINGS, sourceType: 'prowler' as const, apiUrl: 'https://prowler.example.com', dashboardUrl: 'https://prowler.example.com/' };
const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const fill = (label: string, value: string) => fireEvent.input(input(label), { target: { value } });
const choose = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('options page: Prowler App credentials', () => {
  it('shows no Prowler fields for the ScanSight source, and Authentication once Prowler App is chosen', async () => {
    background({ 'options/get': get(), 'popup/rows': () => ({ rows: [] }) as never });
    render(<OptionsPage />);
    await screen.findByLabelText('API token');
    expect(screen.queryByLabelText('Authentication')).toBeNull();
    choose('Source', 'prowler');
    expect((screen.getByLabelText('Authentication') as HTMLSelectElement).value).toBe('api-key');
    expect(screen.getAllByRole('option').filter((o) => ['API key', 'Email and password'].includes(o.textContent!))).toHaveLength(2);
    expect(input('API key').type).toBe('password');
    expect(screen.queryByLabelText('API token')).toBeNull();
    expect(screen.queryByLabelText('Email')).toBeNull();
  });

  it('saves an API key as the token, in api-key mode', async () => {
    background({ 'options/get': get({ settings: PROWLER }), 'options/save': () => ({ ok: true }), 'popup/rows': () => ({ rows: [] }) as never });
    render(<OptionsPage />);
    await screen.findByLabelText('API key');
    fill('API key', 'pk_live_1');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved.');
    expect(payloadsOf('options/save')).toEqual([{ settings: PROWLER, credentials: { token: 'pk_live_1' } }]);
    expect(input('API key').value).toBe('');
  });

  it('in password mode saves the email as a setting and only the password as a credential', async () => {
    let saved = false;
    background({
      'options/get': () => get({ settings: saved ? { ...PROWLER, prowlerAuth: 'password', prowlerEmail: 'me@example.com' } : PROWLER, hasToken: saved, hasPassword: saved })(),
      'options/save': () => ((saved = true), { ok: true }),
      'popup/rows': () => ({ rows: [] }) as never,
    });
    render(<OptionsPage />);
    await screen.findByLabelText('API key');
    fill('API key', 'typed then abandoned');
    choose('Authentication', 'password');
    expect(screen.queryByLabelText('API key')).toBeNull();
    fill('Email', ' me@example.com ');
    fill('Password', 'hunter2');
    expect(input('Password').type).toBe('password');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved.');
    expect(payloadsOf('options/save')).toEqual([{
      settings: { ...PROWLER, prowlerAuth: 'password', prowlerEmail: 'me@example.com' },
      credentials: { password: 'hunter2' },
    }]);
    expect(input('Password').value).toBe('');
    expect(await screen.findByText('A password is saved. Leave empty to keep it.')).toBeTruthy();
  });

  it('never pre-fills the password, says one is saved, and tests with the stored one when left empty', async () => {
    const stored = { ...PROWLER, prowlerAuth: 'password' as const, prowlerEmail: 'me@example.com' };
    background({ 'options/get': get({ settings: stored, hasToken: true, hasPassword: true }), 'options/test': () => ({ ok: true, projects: 2, scans: 5, integrations: 2 }), 'popup/rows': () => ({ rows: [] }) as never });
    render(<OptionsPage />);
    expect((await screen.findByLabelText('Email') as HTMLInputElement).value).toBe('me@example.com');
    expect(input('Password').value).toBe('');
    expect(screen.getByText('A password is saved. Leave empty to keep it.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    await screen.findByText('Connected: the token reaches 2 projects, 5 scans and 2 integrations.');
    expect(payloadsOf('options/test')).toEqual([{ settings: stored, credentials: undefined }]);
  });

  it('says a password is saved only when the background says so, not for any stored secret', async () => {
    const stored = { ...PROWLER, prowlerAuth: 'password' as const, prowlerEmail: 'me@example.com' };
    background({ 'options/get': get({ settings: stored, hasToken: true, hasPassword: false }), 'popup/rows': () => ({ rows: [] }) as never });
    render(<OptionsPage />);
    await screen.findByLabelText('Password');
    expect(screen.queryByText(/is saved/)).toBeNull();
  });

  it('does not claim a saved password after switching from a saved API key', async () => {
    background({ 'options/get': get({ settings: PROWLER, hasToken: true }), 'popup/rows': () => ({ rows: [] }) as never });
    render(<OptionsPage />);
    expect(await screen.findByText('An API key is saved. Leave empty to keep it.')).toBeTruthy();
    choose('Authentication', 'password');
    expect(screen.queryByText(/is saved/)).toBeNull();
  });

  it('asks for the email before testing password mode, without asking for access', async () => {
    background({ 'options/get': get({ settings: { ...PROWLER, prowlerAuth: 'password' } }), 'popup/rows': () => ({ rows: [] }) as never });
    render(<OptionsPage />);
    await screen.findByLabelText('Password');
    fill('Password', 'hunter2');
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(screen.getByRole('status').textContent).toBe('Enter the email of your Prowler App user.');
    expect(payloadsOf('options/test')).toEqual([]);
  });
});
