/** Handlers of the options page: read (settings, which secrets are stored), save (settings, secrets) and test a configuration. */
import type { Settings } from '../../messages.ts';
import { isAllowedApiUrl } from '../../sources/api-origin.ts';
import { saveSettings } from '../settings-store.ts';
import { saveCredentials, credentialsFor } from '../credentials.ts';
import { sourceFor } from '../configured-source.ts';
import { dashboardOrigin } from '../dashboard-url.ts';
import { broadcastChange } from '../broadcast.ts';
import { SourceError } from '../../sources/scan-source.ts';
import { errorCode, kickSync, type Handler } from './handler.ts';

/** Why settings cannot be used, as a typed code; null when they can. */
function settingsProblem(settings: Settings): string | null {
  if (settings.apiUrl !== '' && !isAllowedApiUrl(settings.apiUrl)) return 'insecure_api_url';
  if (settings.dashboardUrl !== '' && dashboardOrigin(settings.dashboardUrl) === null) return 'invalid_dashboard_url';
  return null;
}

/** The settings, the policy-locked keys, and which secrets are stored for the API origin: never a secret. */
export const optionsGetHandler: Handler<'options/get'> = async (_bg, _req, { loaded }) => {
  const secrets = loaded.settings.apiUrl ? await credentialsFor(loaded.settings.apiUrl) : null;
  return { settings: loaded.settings, hasToken: secrets !== null, hasPassword: Boolean(secrets?.password), locked: loaded.locked, invalid: loaded.invalid };
};

export const optionsSaveHandler: Handler<'options/save'> = async (bg, req, { loaded }) => {
  // Policy-locked keys keep their policy value whatever the page sent.
  const wanted: Settings = { ...req.settings };
  for (const key of loaded.locked) Object.assign(wanted, { [key]: loaded.settings[key] });
  const problem = settingsProblem(wanted);
  if (problem) return { ok: false, error: problem };
  const previous = loaded.settings;
  const saved = await saveSettings(bg.ports.storage, wanted);
  const origin = (url: string) => (url ? new URL(url).origin : '');
  const sourceMoved = origin(previous.apiUrl) !== origin(saved.settings.apiUrl) || previous.sourceType !== saved.settings.sourceType;
  // Another source or auth mode: a secret the page did not send belongs to the old one (a ScanSight token
  // must never go out as a Prowler API key), so it is deleted rather than kept.
  const modeChanged = sourceMoved || previous.prowlerAuth !== saved.settings.prowlerAuth;
  const given = req.credentials ?? {};
  if (modeChanged) await saveCredentials(saved.settings.apiUrl, { token: given.token ?? '', password: given.password ?? '' });
  else if (req.credentials) await saveCredentials(saved.settings.apiUrl, given);
  // Another API is another world: its scans must not mix with the old cache (or its ledger).
  if (sourceMoved) await bg.cache.rebuild();
  await bg.onSettingsSaved?.(saved.settings);
  await broadcastChange(bg, 'settings', saved.settings);
  kickSync(bg);
  return { ok: true };
};

export const optionsTestHandler: Handler<'options/test'> = async (bg, req) => {
  const problem = settingsProblem(req.settings);
  if (problem) return { ok: false, error: problem };
  if (!req.settings.apiUrl) return { ok: false, error: 'not_configured' };
  // A stored token is only ever offered to the origin it was entered for (credentialsFor checks).
  const secrets = req.credentials?.token || req.credentials?.password ? req.credentials : await credentialsFor(req.settings.apiUrl);
  if (!secrets) return { ok: false, error: 'not_configured' };
  const made = sourceFor(req.settings, secrets, bg.sourceOptions);
  if (!made.ok) return { ok: false, error: made.error };
  try {
    const [projects, scans, integrations] = await Promise.all([
      made.source.listProjects(),
      made.source.listScans({ updatedSince: null, cursor: null, limit: 100 }),
      made.source.listIntegrations(),
    ]);
    const count = <T>(r: { status: string; data?: T[] }) => (r.status === 'ok' ? (r.data?.length ?? 0) : 0);
    return { ok: true, projects: count(projects), scans: scans.status === 'ok' ? scans.data.scans.length : 0, integrations: count(integrations) };
  } catch (error) {
    const status = error instanceof SourceError ? error.details.status : undefined;
    return { ok: false, error: errorCode(error), ...(status !== undefined ? { status } : {}) };
  }
};
