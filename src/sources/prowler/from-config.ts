/**
 * Builds the Prowler App source from the background's source config: the entry point the source
 * registry (src/sources/create-source.ts) calls. Also what the options page and the background need
 * to know about Prowler's settings: its auth modes and what is missing for each.
 */
import type { Credentials, Settings } from '../../messages.ts';
import type { ScanSource } from '../scan-source.ts';
import { SourceError } from '../scan-source.ts';
import { isAllowedApiUrl } from '../api-origin.ts';
import { REQUEST_TIMEOUT_MS } from '../http-json.ts';
import { apiKeyAuth, type ProwlerAuth } from './prowler-auth.ts';
import { createProwlerSource } from './prowler-source.ts';
import type { HttpConfig } from './send-json-api.ts';
import { createTokenExchange } from './token-exchange.ts';
import { createTokenManager, type TokenStore } from './token-manager.ts';
import { memoryTokenStore } from './token-stores.ts';

// Tagged with its owner (API URL + email) by the token manager, so one slot serves any account.
const WORKER_TOKEN_STORE = memoryTokenStore();

export type ProwlerAuthMode = Settings['prowlerAuth'];

/** The auth modes the options page offers for Prowler App, and which secret each needs. */
export const PROWLER_AUTH_MODES = [
  { value: 'api-key', label: 'API key', secret: 'token' },
  { value: 'password', label: 'Email and password', secret: 'password' },
] as const satisfies ReadonlyArray<{ value: ProwlerAuthMode; label: string; secret: keyof Credentials }>;

/** Structurally a superset-compatible view of the registry's SourceConfig, plus Prowler's extras. */
export interface ProwlerConfig {
  apiUrl: string;
  /** The API key in api-key mode. */
  token?: string;
  email?: string;
  password?: string;
  /** Defaults to 'password' when a password is given, else 'api-key'. */
  authMode?: ProwlerAuthMode;
  /**
   * Where the JWT pair survives worker restarts. Without one, a store shared by every source this
   * worker creates is used: the background builds a source per sync, and each must not log in again.
   */
  tokenStore?: TokenStore;
  /** Prowler App UI root for links, or null. */
  dashboardUrl?: string | null;
  fetch?: typeof fetch;
  timeoutMs?: number;
  now?: () => number;
}

/** What is missing for the chosen auth mode, as a sentence for the options page; null when complete. */
export function prowlerCredentialsProblem(mode: ProwlerAuthMode, email: string, credentials: Credentials): string | null {
  if (mode === 'api-key') return credentials.token?.trim() ? null : 'Enter a Prowler App API key.';
  if (!email.trim()) return 'Enter the email of your Prowler App user.';
  return credentials.password ? null : 'Enter the password of your Prowler App user.';
}

/**
 * The Prowler App source for this config. Throws SourceError('bad_request') for a URL the
 * credentials may not go to, SourceError('unauthorized') when the mode's credentials are missing.
 */
export function createProwlerSourceFromConfig(config: ProwlerConfig): ScanSource {
  if (!isAllowedApiUrl(config.apiUrl)) throw new SourceError('bad_request', 'API URL must be https (http only for localhost)');
  const mode: ProwlerAuthMode = config.authMode ?? (config.password ? 'password' : 'api-key');
  const email = (config.email ?? '').trim();
  const credentials = { token: config.token ?? '', password: config.password ?? '' };
  const problem = prowlerCredentialsProblem(mode, email, credentials);
  if (problem !== null) throw new SourceError('unauthorized', problem);
  const http: HttpConfig = {
    baseUrl: config.apiUrl,
    // Wrapped: a bare `fetch` reference loses its `this` in some browsers.
    fetch: config.fetch ?? ((input, init) => fetch(input, init)),
    timeoutMs: config.timeoutMs ?? REQUEST_TIMEOUT_MS,
  };
  const auth: ProwlerAuth =
    mode === 'api-key'
      ? apiKeyAuth(credentials.token)
      : createTokenManager({
          store: config.tokenStore ?? WORKER_TOKEN_STORE,
          exchange: createTokenExchange(http),
          credentials: { email, password: credentials.password },
          owner: `${config.apiUrl.trim()} ${email}`,
          ...(config.now ? { now: config.now } : {}),
        });
  return createProwlerSource({ http, auth, dashboardUrl: config.dashboardUrl?.trim() || null });
}
