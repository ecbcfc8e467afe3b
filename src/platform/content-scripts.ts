/**
 * Thin adapter over scripting: dynamic content-script registration and injection into open tabs.
 * Firefox (MV3) supports registerContentScripts but not `persistAcrossSessions`; there the
 * registration is redone at each startup by the caller's reconcile.
 */
import { ext as browser } from './extension-api.ts';

/** What ScanSight registers: one script for one set of match patterns. */
export interface ContentScriptSpec {
  id: string;
  js: string[];
  matches: string[];
}

/** The registered script with `id`, or null. */
export async function getRegisteredScript(id: string): Promise<ContentScriptSpec | null> {
  const [found] = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (!found) return null;
  return { id: found.id, js: found.js ?? [], matches: found.matches ?? [] };
}

/** Registers `spec` to run at document_idle, persisting across sessions where the browser can. */
export async function registerScript(spec: ContentScriptSpec): Promise<void> {
  const script = { ...spec, runAt: 'document_idle' as const, persistAcrossSessions: true };
  try {
    await browser.scripting.registerContentScripts([script]);
  } catch (error) {
    // Firefox rejects persistAcrossSessions: register for this session (startup re-registers).
    if (!String(error).includes('persistAcrossSessions')) throw error;
    const { persistAcrossSessions: _, ...sessionOnly } = script;
    await browser.scripting.registerContentScripts([sessionOnly]);
  }
}

/** Unregisters the script `id`, if registered. */
export async function unregisterScript(id: string): Promise<void> {
  await browser.scripting.unregisterContentScripts({ ids: [id] });
}

/** Runs `file` in every open tab whose URL matches `matches`; returns how many tabs it reached. */
export async function injectIntoOpenTabs(matches: string[], file: string): Promise<number> {
  const tabs = await browser.tabs.query({ url: matches });
  const results = await Promise.allSettled(
    tabs.filter((tab) => tab.id !== undefined).map((tab) => browser.scripting.executeScript({ target: { tabId: tab.id! }, files: [file] })),
  );
  return results.filter((r) => r.status === 'fulfilled').length;
}
