import { beforeEach, describe, expect, it, vi } from 'vitest';

const permissions = {
  request: vi.fn(async (_: { origins: string[] }) => true),
  contains: vi.fn(async (_: { origins: string[] }) => false),
  onAdded: { addListener: vi.fn(), removeListener: vi.fn() },
  onRemoved: { addListener: vi.fn(), removeListener: vi.fn() },
};
vi.mock('./extension-api.ts', () => ({ ext: { permissions } }));

const { hasOrigins, onOriginsChanged, originPattern, requestOrigins } = await import('./permissions.ts');

beforeEach(() => vi.clearAllMocks());

describe('permissions adapter', () => {
  it('requests exactly the given origins and passes the answer on', async () => {
    permissions.request.mockResolvedValueOnce(false);
    await expect(requestOrigins(['https://api.example.com/*'])).resolves.toBe(false);
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://api.example.com/*'] });
  });

  it('calls request synchronously, so the user gesture is still active', () => {
    void requestOrigins(['https://a.example/*']);
    expect(permissions.request).toHaveBeenCalledOnce();
  });

  it('checks containment of all origins', async () => {
    permissions.contains.mockResolvedValueOnce(true);
    await expect(hasOrigins(['http://127.0.0.1/*'])).resolves.toBe(true);
    expect(permissions.contains).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
  });

  it('listens to grants and revocations until unsubscribed', () => {
    const listener = vi.fn();
    const stop = onOriginsChanged(listener);
    permissions.onAdded.addListener.mock.calls[0]![0]();
    permissions.onRemoved.addListener.mock.calls[0]![0]();
    expect(listener).toHaveBeenCalledTimes(2);
    stop();
    expect(permissions.onAdded.removeListener).toHaveBeenCalledOnce();
    expect(permissions.onRemoved.removeListener).toHaveBeenCalledOnce();
  });
});

describe('originPattern', () => {
  it.each([
    ['http://127.0.0.1:8790/app/', 'http://127.0.0.1/*'],
    ['https://dash.example.com/app/projects?x=1', 'https://dash.example.com/*'],
    ['ftp://dash.example.com/', null],
    ['not a url', null],
    ['', null],
  ])('%s → %s', (url, pattern) => expect(originPattern(url)).toBe(pattern));
});
