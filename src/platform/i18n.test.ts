import { describe, expect, it, vi } from 'vitest';

const getMessage = vi.fn((key: string, _subs?: string | string[]) => (key === 'known' ? 'Known text' : ''));
vi.mock('./extension-api.ts', () => ({ ext: { i18n: { getMessage } } }));

const { t } = await import('./i18n.ts');

describe('i18n adapter', () => {
  it('asks the browser for the message, substitutions passed on', () => {
    expect(t('known', ['a', 'b'])).toBe('Known text');
    expect(getMessage).toHaveBeenCalledWith('known', ['a', 'b']);
  });

  it('shows the key itself when the browser has no such message', () => {
    expect(t('missing_key')).toBe('missing_key');
  });
});
