import { beforeEach, describe, expect, it, vi } from 'vitest';

const scripting = {
  registerContentScripts: vi.fn(async (_: unknown[]) => {}),
  getRegisteredContentScripts: vi.fn(async (_: unknown) => [] as unknown[]),
  unregisterContentScripts: vi.fn(async (_: unknown) => {}),
  executeScript: vi.fn(async (_: unknown) => []),
};
const tabs = { query: vi.fn(async (_: unknown) => [{ id: 1 }, { id: undefined }, { id: 3 }]) };
vi.mock('./extension-api.ts', () => ({ ext: { scripting, tabs } }));

const { getRegisteredScript, injectIntoOpenTabs, registerScript } = await import('./content-scripts.ts');
const spec = { id: 'scansight-overlay', js: ['overlay.js'], matches: ['http://127.0.0.1/*'] };

beforeEach(() => vi.clearAllMocks());

describe('content-scripts adapter', () => {
  it('registers at document_idle, persisting across sessions', async () => {
    await registerScript(spec);
    expect(scripting.registerContentScripts).toHaveBeenCalledWith([{ ...spec, runAt: 'document_idle', persistAcrossSessions: true }]);
  });

  it('falls back to a session registration where persistAcrossSessions is refused (Firefox)', async () => {
    scripting.registerContentScripts.mockRejectedValueOnce(new Error('Type error for parameter scripts: Unexpected property "persistAcrossSessions"'));
    await registerScript(spec);
    expect(scripting.registerContentScripts).toHaveBeenLastCalledWith([{ ...spec, runAt: 'document_idle' }]);
  });

  it('passes other registration errors on', async () => {
    scripting.registerContentScripts.mockRejectedValueOnce(new Error('Duplicate script ID'));
    await expect(registerScript(spec)).rejects.toThrow('Duplicate script ID');
  });

  it('reads back a registration', async () => {
    scripting.getRegisteredContentScripts.mockResolvedValueOnce([{ ...spec, runAt: 'document_idle' }]);
    await expect(getRegisteredScript('scansight-overlay')).resolves.toEqual(spec);
    await expect(getRegisteredScript('scansight-overlay')).resolves.toBeNull();
  });

  it('injects into every matching tab that has an id', async () => {
    scripting.executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    await expect(injectIntoOpenTabs(spec.matches, 'overlay.js')).resolves.toBe(1);
    expect(tabs.query).toHaveBeenCalledWith({ url: spec.matches });
    expect(scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 3 }, files: ['overlay.js'] });
  });
});
