/** The scan source for the current settings and stored secrets, or why there is none. */
import type { Settings } from '../messages.ts';
import { createSource } from '../sources/create-source.ts';
import { SourceError, type ScanSource } from '../sources/scan-source.ts';
import { stringTokenStore } from '../sources/prowler/token-stores.ts';
import { readSecret, writeSecret } from '../cache/secrets.ts';
import { credentialsFor } from './credentials.ts';

/** Prowler's JWT pair in the secrets database: it survives worker restarts, so a sync does not log in again. */
const PROWLER_JWT_STORE = stringTokenStore(
  () => readSecret('prowler-jwt'),
  (value) => writeSecret('prowler-jwt', value),
);

export type SourceResult = { ok: true; source: ScanSource } | { ok: false; error: 'not_configured' | 'insecure_api_url' | 'unsupported_source' };

/** Builds the source from `settings` and the secrets stored for its API origin. */
export async function configuredSource(settings: Settings, options: { fetch?: typeof fetch; timeoutMs?: number } = {}): Promise<SourceResult> {
  if (!settings.apiUrl) return { ok: false, error: 'not_configured' };
  const secrets = await credentialsFor(settings.apiUrl);
  if (!secrets) return { ok: false, error: 'not_configured' };
  return sourceFor(settings, secrets, options);
}

/** Builds a source from explicit secrets (options/test before saving). */
export function sourceFor(
  settings: Settings,
  secrets: { token?: string; password?: string },
  options: { fetch?: typeof fetch; timeoutMs?: number } = {},
): SourceResult {
  try {
    const source = createSource(settings.sourceType, {
      apiUrl: settings.apiUrl,
      token: secrets.token ?? '',
      ...(secrets.password ? { password: secrets.password } : {}),
      email: settings.prowlerEmail,
      authMode: settings.prowlerAuth,
      tokenStore: PROWLER_JWT_STORE,
      dashboardUrl: settings.dashboardUrl || null,
      ...options,
    });
    return source ? { ok: true, source } : { ok: false, error: 'unsupported_source' };
  } catch (error) {
    // A factory throws 'unauthorized' when the chosen auth mode's credentials are missing (Prowler),
    // 'bad_request' for a URL the credentials may not go to.
    if (error instanceof SourceError) return { ok: false, error: error.code === 'unauthorized' ? 'not_configured' : 'insecure_api_url' };
    throw error;
  }
}
