/**
 * Builds the Prowler App source from ScanSight's settings and stored credentials: the one entry
 * point the background's source factory calls. Also what the options page and the background need
 * to know about Prowler's settings (auth modes, what is missing).
 */
import type { Credentials, Settings } from '../../messages.ts';
import type { ScanSource } from '../scan-source.ts';
import { SourceError } from '../scan-source.ts';
import { apiKeyAuth, type ProwlerAuth } from './prowler-auth.ts';
import { createProwlerSource } from './prowler-source.ts';
import type { HttpConfig } from './send-json-api.ts';
import { createTokenExchange } from './token-exchange.ts';
import { createTokenManager, type TokenStore } from './token-manager.ts';

/** The auth modes the options page offers for Prowler App, with their labels. */
export const PROWLER_AUTH_MODES = [
  { value: 'api-key', label: 'API key', secret: 'token' },
  { value: 'password', label: 'Email and password', secret: 'password' },
] as const satisfies ReadonlyArray<{ value: Settings['prowlerAuth']; label: string; secret: keyof Credentials }>;

export interface ProwlerDeps {
  /** Where the JWT pair is kept (password mode); the background passes its IndexedDB store. */
  tokenStore: TokenStore;
  fetch?: typeof fetch;
  timeoutMs?: number;
  now?: () => number;
}

/** What is missing for the chosen auth mode, as a sentence for the options page; null when complete. */
export function prowlerCredentialsProblem(settings: Pick<Settings, 'prowlerAuth' | 'prowlerEmail'>, credentials: Credentials): string | null {
  if (settings.prowlerAuth === 'api-key') return credentials.token?.trim() ? null : 'Enter a Prowler App API key.';
  if (!settings.prowlerEmail.trim()) return 'Enter the email of your Prowler App user.';
  return credentials.password ? null : 'Enter the password of your Prowler App user.';
}

/** The Prowler App source for these settings; throws SourceError('unauthorized') when credentials are missing. */
export function prowlerSourceFromSettings(settings: Settings, credentials: Credentials, deps: ProwlerDeps): ScanSource {
  const problem = prowlerCredentialsProblem(settings, credentials);
  if (problem !== null) throw new SourceError('unauthorized', problem);
  const http: HttpConfig = {
    baseUrl: settings.apiUrl,
    // Bound: a bare `fetch` reference loses its `this` in some browsers.
    fetch: deps.fetch ?? ((input, init) => fetch(input, init)),
    timeoutMs: deps.timeoutMs ?? 30_000,
  };
  let auth: ProwlerAuth;
  if (settings.prowlerAuth === 'api-key') {
    auth = apiKeyAuth(credentials.token ?? '');
  } else {
    auth = createTokenManager({
      store: deps.tokenStore,
      exchange: createTokenExchange(http),
      credentials: { email: settings.prowlerEmail.trim(), password: credentials.password ?? '' },
      owner: `${settings.apiUrl.trim()} ${settings.prowlerEmail.trim()}`,
      ...(deps.now ? { now: deps.now } : {}),
    });
  }
  return createProwlerSource({ http, auth, dashboardUrl: settings.dashboardUrl.trim() || null });
}
