/** The Prowler App source: build it from the registry's config, or from its parts. */
export { createProwlerSourceFromConfig, prowlerCredentialsProblem, PROWLER_AUTH_MODES, type ProwlerConfig, type ProwlerAuthMode } from './from-config.ts';
export { createProwlerSource, PROWLER_CAPABILITIES, type ProwlerSourceOptions } from './prowler-source.ts';
export { createTokenManager, type TokenPair, type TokenStore, type TokenManager } from './token-manager.ts';
export { memoryTokenStore, stringTokenStore } from './token-stores.ts';
export { apiKeyAuth, type ProwlerAuth } from './prowler-auth.ts';
