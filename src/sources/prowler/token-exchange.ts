/** The Prowler App token endpoints, as JSON:API documents (spec: TokenRequest, TokenRefreshRequest). */
import { SourceError } from '../scan-source.ts';
import { parseDocument } from './parse-document.ts';
import { TokenDocument } from './schemas.ts';
import { sendJsonApi, type HttpConfig } from './send-json-api.ts';
import type { PasswordCredentials, TokenExchange, TokenPair } from './token-manager.ts';

/** Creates the {@link TokenExchange} that talks to `/api/v1/tokens` and `/api/v1/tokens/refresh`. */
export function createTokenExchange(http: HttpConfig): TokenExchange {
  async function post(path: string, body: unknown, signal: AbortSignal | undefined, previousRefresh: string | null): Promise<TokenPair> {
    const response = await sendJsonApi(http, { method: 'POST', path, body, ...(signal ? { signal } : {}) });
    const document = parseDocument(TokenDocument, response.status === 'ok' ? response.body : null, 'token response');
    const refresh = document.data.attributes.refresh ?? previousRefresh;
    if (refresh === null) throw new SourceError('invalid_response', 'Prowler App sent a token response without a refresh token');
    return { access: document.data.attributes.access, refresh };
  }
  return {
    obtain(credentials: PasswordCredentials, signal?: AbortSignal) {
      const body = { data: { type: 'tokens', attributes: { email: credentials.email, password: credentials.password } } };
      return post('/api/v1/tokens', body, signal, null);
    },
    refresh(refreshToken: string, signal?: AbortSignal) {
      const body = { data: { type: 'tokens-refresh', attributes: { refresh: refreshToken } } };
      return post('/api/v1/tokens/refresh', body, signal, refreshToken);
    },
  };
}
