/**
 * The source registry: Settings.sourceType → adapter factory. Adding a source is one line here.
 */
import type { SourceType } from '../messages.ts';
import type { ScanSource } from './scan-source.ts';
import { createScanSightSource } from './scansight/scansight-source.ts';
import { createProwlerSourceFromConfig } from './prowler/from-config.ts';
import type { TokenStore } from './prowler/token-manager.ts';
import { guardSource } from './guard-source.ts';
import type { SourceCapabilities } from '../core/index.ts';
import { SCANSIGHT_CAPABILITIES } from './scansight/scansight-source.ts';
import { PROWLER_CAPABILITIES } from './prowler/prowler-source.ts';

/** What each source can do: a property of the source type alone, known without credentials or a connection. */
export const SOURCE_CAPABILITIES: Readonly<Record<SourceType, SourceCapabilities>> = {
  scansight: SCANSIGHT_CAPABILITIES,
  prowler: PROWLER_CAPABILITIES,
};

export interface SourceConfig {
  apiUrl: string;
  /** Bearer token or API key; never logged. */
  token: string;
  /** Prowler password mode. */
  password?: string;
  email?: string;
  /** Prowler auth mode (Settings.prowlerAuth). */
  authMode?: 'api-key' | 'password';
  /** Where Prowler's JWT pair outlives the worker (the background: the secrets database). */
  tokenStore?: TokenStore;
  /** Dashboard root for links, when the source builds them. */
  dashboardUrl?: string | null;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

type SourceFactory = (config: SourceConfig) => ScanSource;

/** Factories by source type; a source not yet built is simply absent. */
export const SOURCE_FACTORIES: Partial<Record<SourceType, SourceFactory>> = {
  scansight: (config) => createScanSightSource(config),
  prowler: (config) => createProwlerSourceFromConfig(config),
};

/** Creates the configured source, or null when its type has no adapter. Throws SourceError on a disallowed URL. */
export function createSource(type: SourceType, config: SourceConfig): ScanSource | null {
  const factory = SOURCE_FACTORIES[type];
  // Only SourceErrors leave an adapter: a mapping bug on a strange reply is a bad reply, not a crash.
  return factory ? guardSource(factory(config)) : null;
}
