/**
 * The two ways to authenticate to Prowler App, behind one interface, and the "401 → renew → retry
 * once" rule that every request follows.
 */
import { SourceError } from '../scan-source.ts';
import { sendJsonApi, type HttpConfig, type JsonApiRequest, type JsonApiResponse } from './send-json-api.ts';

export interface ProwlerAuth {
  /** The Authorization header value to send. */
  authorization(signal?: AbortSignal): Promise<string>;
  /** Called after a 401 on `rejected`; true when a retry may succeed. */
  renew(rejected: string, signal?: AbortSignal): Promise<boolean>;
}

/** `Authorization: Api-Key <key>`; a rejected key cannot be renewed. */
export function apiKeyAuth(key: string): ProwlerAuth {
  return {
    authorization: async () => `Api-Key ${key.trim()}`,
    renew: async () => false,
  };
}

/** Sends a request with auth; on a 401 renews once and retries once (an expired JWT, a rotated pair). */
export async function sendAuthorized(
  http: HttpConfig,
  auth: ProwlerAuth,
  request: Omit<JsonApiRequest, 'authorization'>,
): Promise<JsonApiResponse> {
  const authorization = await auth.authorization(request.signal);
  try {
    return await sendJsonApi(http, { ...request, authorization });
  } catch (error) {
    if (!(error instanceof SourceError) || error.code !== 'unauthorized') throw error;
    if (!(await auth.renew(authorization, request.signal))) throw error;
    return sendJsonApi(http, { ...request, authorization: await auth.authorization(request.signal) });
  }
}
