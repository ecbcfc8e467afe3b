/** The Prowler App source: build it from settings, or from its parts. */
export { prowlerSourceFromSettings, prowlerCredentialsProblem, PROWLER_AUTH_MODES, type ProwlerDeps } from './from-settings.ts';
export { createProwlerSource, PROWLER_CAPABILITIES, type ProwlerSourceOptions } from './prowler-source.ts';
export { createTokenManager, type TokenPair, type TokenStore, type TokenManager } from './token-manager.ts';
export { apiKeyAuth, type ProwlerAuth } from './prowler-auth.ts';
