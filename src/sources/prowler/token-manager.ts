/**
 * Keeps a Prowler App JWT pair fresh for the email+password auth mode: obtains one at
 * POST /api/v1/tokens, refreshes it through /api/v1/tokens/refresh shortly before the access token
 * expires (read from its `exp`, unverified), and falls back to a new login when the refresh token
 * is expired or rejected. Concurrent callers share one exchange. Tokens are never logged.
 */
import { SourceError } from '../scan-source.ts';
import { jwtExpiresAt } from './jwt-expiry.ts';

export interface TokenPair {
  access: string;
  refresh: string;
  /** Whose pair this is (API root + email): a stored pair of another user or server is never reused. */
  owner?: string;
}

/** Where the pair lives between service-worker restarts (the background keeps it in IndexedDB). */
export interface TokenStore {
  load(): Promise<TokenPair | null>;
  save(pair: TokenPair): Promise<void>;
}

export interface PasswordCredentials {
  email: string;
  password: string;
}

/** The two token endpoints (see token-exchange.ts); injectable for tests. */
export interface TokenExchange {
  obtain(credentials: PasswordCredentials, signal?: AbortSignal): Promise<TokenPair>;
  refresh(refreshToken: string, signal?: AbortSignal): Promise<TokenPair>;
}

export interface TokenManagerOptions {
  store: TokenStore;
  exchange: TokenExchange;
  credentials: PasswordCredentials;
  /** Identifies the account the pair belongs to, e.g. `${apiUrl} ${email}`. */
  owner: string;
  now?: () => number;
  /** Refresh this long before `exp`, so a token never expires mid-request. Default 60 s. */
  refreshBeforeMs?: number;
}

export interface TokenManager {
  /** The Authorization header value for the next request, refreshing first when due. */
  authorization(signal?: AbortSignal): Promise<string>;
  /** After a 401 on `rejected`: get a new pair unless another caller already did. Always true: retry. */
  renew(rejected: string, signal?: AbortSignal): Promise<boolean>;
}

/** Creates a token manager over a store; see {@link TokenManager}. */
export function createTokenManager(options: TokenManagerOptions): TokenManager {
  const now = options.now ?? Date.now;
  const margin = options.refreshBeforeMs ?? 60_000;
  let current: TokenPair | null | undefined; // undefined: not loaded from the store yet
  let inFlight: Promise<TokenPair> | null = null;

  const usable = (token: string) => {
    const exp = jwtExpiresAt(token);
    return exp === null || exp - margin > now();
  };

  async function loaded(): Promise<TokenPair | null> {
    if (current === undefined) {
      const stored = await options.store.load();
      current = stored && stored.owner === options.owner ? stored : null;
    }
    return current;
  }

  async function exchangeFrom(pair: TokenPair | null, signal?: AbortSignal): Promise<TokenPair> {
    if (pair && usable(pair.refresh)) {
      try {
        return await options.exchange.refresh(pair.refresh, signal);
      } catch (error) {
        // A revoked or rotated-away refresh token: log in again. Anything else is a real failure.
        if (!(error instanceof SourceError) || !['unauthorized', 'bad_request'].includes(error.code)) throw error;
      }
    }
    return options.exchange.obtain(options.credentials, signal);
  }

  function replace(pair: TokenPair | null, signal?: AbortSignal): Promise<TokenPair> {
    inFlight ??= (async () => {
      try {
        const next = { ...(await exchangeFrom(pair, signal)), owner: options.owner };
        current = next;
        await options.store.save(next);
        return next;
      } finally {
        inFlight = null;
      }
    })();
    return inFlight;
  }

  return {
    async authorization(signal) {
      const pair = await loaded();
      if (pair && usable(pair.access)) return `Bearer ${pair.access}`;
      return `Bearer ${(await replace(pair, signal)).access}`;
    },
    async renew(rejected, signal) {
      const pair = await loaded();
      if (pair && `Bearer ${pair.access}` !== rejected) return true; // someone renewed meanwhile
      await replace(pair, signal);
      return true;
    },
  };
}
