/** What the configured source can do, and whether one is set up: read by handlers and by the popup's view writer. */
import type { Settings } from '../messages.ts';
import type { SourceCapabilities } from '../core/index.ts';
import { SEED_CAPABILITIES } from '../core/remediation.ts';
import { own } from '../core/own.ts';
import { SOURCE_CAPABILITIES } from '../sources/create-source.ts';
import { credentialsFor } from './credentials.ts';

/** The chosen source type's capabilities: no secret is read and no adapter is built for them. */
export function capabilitiesFor(settings: Settings): SourceCapabilities {
  return own(SOURCE_CAPABILITIES, settings.sourceType) ?? SEED_CAPABILITIES;
}

/** Whether a source is set up (an API URL with a secret stored for its origin), and what it can do. */
export async function capabilitiesOf(settings: Settings): Promise<{ configured: boolean; capabilities: SourceCapabilities }> {
  const configured = settings.apiUrl !== '' && (await credentialsFor(settings.apiUrl)) !== null;
  return { configured, capabilities: capabilitiesFor(settings) };
}
