import { describe, expect, it, vi } from 'vitest';
import type { Settings } from '../messages.ts';
import type { ContentScriptSpec } from '../platform/content-scripts.ts';

vi.mock('../content/main.ts?script&iife', () => ({ default: 'assets/main.ts-loader.js' }));
vi.mock('../platform/extension-api.ts', () => ({ ext: {} }));

const { createOverlayReconciler, OVERLAY_SCRIPT_ID } = await import('./overlay-registration.ts');

const settings = (overrides: Partial<Settings> = {}): Settings => ({
  sourceType: 'scansight', apiUrl: 'http://127.0.0.1:8790/api', dashboardUrl: 'http://127.0.0.1:8790/app/',
  pollIdleMinutes: 5, notifications: { broken: true, stillFailing: true, fixed: true, completed: false, quietHours: null },
  retention: { runsPerProject: 20, errorLogDays: 30 }, overlayEnabled: true, prowlerAuth: 'api-key', prowlerEmail: '', ...overrides,
});

/** A fake browser: one registry of scripts and a set of granted patterns. */
function fakeBrowser(granted: string[] = ['http://127.0.0.1/*']) {
  const registry = new Map<string, ContentScriptSpec>();
  const deps = {
    scriptFile: 'assets/overlay.js',
    hasOrigins: vi.fn(async (origins: string[]) => origins.every((o) => granted.includes(o))),
    getRegisteredScript: vi.fn(async (id: string) => registry.get(id) ?? null),
    registerScript: vi.fn(async (spec: ContentScriptSpec) => {
      if (registry.has(spec.id)) throw new Error(`Duplicate script ID '${spec.id}'`);
      registry.set(spec.id, spec);
    }),
    unregisterScript: vi.fn(async (id: string) => void registry.delete(id)),
    injectIntoOpenTabs: vi.fn(async () => 1),
  };
  return { registry, deps, granted };
}

describe('reconcileOverlayRegistration', () => {
  it('registers the overlay for the dashboard origin and injects it into open tabs', async () => {
    const { registry, deps } = fakeBrowser();
    await createOverlayReconciler(deps)(settings());
    expect(registry.get(OVERLAY_SCRIPT_ID)).toEqual({ id: 'scansight-overlay', js: ['assets/overlay.js'], matches: ['http://127.0.0.1/*'] });
    expect(deps.injectIntoOpenTabs).toHaveBeenCalledWith(['http://127.0.0.1/*'], 'assets/overlay.js');
  });

  it('leaves an unchanged registration (and open tabs) alone unless asked to inject', async () => {
    const { deps } = fakeBrowser();
    const reconcile = createOverlayReconciler(deps);
    await reconcile(settings());
    await reconcile(settings());
    expect(deps.registerScript).toHaveBeenCalledOnce();
    expect(deps.injectIntoOpenTabs).toHaveBeenCalledOnce();
    await reconcile(settings(), { injectOpenTabs: true });
    expect(deps.injectIntoOpenTabs).toHaveBeenCalledTimes(2);
  });

  it('re-registers when the dashboard origin changes', async () => {
    const { registry, deps, granted } = fakeBrowser();
    const reconcile = createOverlayReconciler(deps);
    await reconcile(settings());
    granted.push('https://dash.example.com/*');
    await reconcile(settings({ dashboardUrl: 'https://dash.example.com/app' }));
    expect(registry.get(OVERLAY_SCRIPT_ID)!.matches).toEqual(['https://dash.example.com/*']);
    expect(deps.unregisterScript).toHaveBeenCalledOnce();
  });

  it.each([
    ['the overlay is disabled', settings({ overlayEnabled: false }), ['http://127.0.0.1/*']],
    ['the dashboard URL is cleared', settings({ dashboardUrl: '' }), ['http://127.0.0.1/*']],
    ['the permission is revoked', settings(), []],
  ])('unregisters when %s', async (_, next, grantedAfter) => {
    const { registry, deps, granted } = fakeBrowser();
    const reconcile = createOverlayReconciler(deps);
    await reconcile(settings());
    granted.splice(0, granted.length, ...grantedAfter);
    await reconcile(next);
    expect(registry.size).toBe(0);
  });

  it('never registers without the host permission', async () => {
    const { registry, deps } = fakeBrowser([]);
    await createOverlayReconciler(deps)(settings());
    expect(registry.size).toBe(0);
    expect(deps.injectIntoOpenTabs).not.toHaveBeenCalled();
  });

  it('serialises concurrent calls (startup and a permission event at once): no duplicate id', async () => {
    const { registry, deps } = fakeBrowser();
    const reconcile = createOverlayReconciler(deps);
    await Promise.all([reconcile(settings()), reconcile(settings()), reconcile(settings())]);
    expect(registry.size).toBe(1);
    expect(deps.registerScript).toHaveBeenCalledOnce();
  });

  it('reports a failure to its caller and keeps working afterwards', async () => {
    const { deps } = fakeBrowser();
    deps.registerScript.mockRejectedValueOnce(new Error('boom'));
    const reconcile = createOverlayReconciler(deps);
    await expect(reconcile(settings())).rejects.toThrow('boom');
    await expect(reconcile(settings())).resolves.toBeUndefined();
  });
});
