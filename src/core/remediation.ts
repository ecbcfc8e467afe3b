import type { ErrorKind, SourceCapabilities } from './types.ts';
import type { ErrorDetail } from './classify-error.ts';
import { grantReadAccessText } from './read-only-roles.ts';

export type RemediationAction =
  | 'open-integrations'
  | 'rerun-scan'
  | 'open-error-logs'
  | 'copy-support-bundle'
  | 'contact-support';

export interface RemediationStep {
  /** Stable id for tests and keys, e.g. `delete-connector`. */
  id: string;
  text: string;
  action?: RemediationAction;
}

export interface RemediationInput {
  kind: ErrorKind | 'submission_error';
  capabilities: SourceCapabilities;
  detail?: ErrorDetail;
  provider?: string | null;
}

/** The seed product's capabilities: saved credentials cannot be edited (seed 003). */
export const SEED_CAPABILITIES: SourceCapabilities = { credentialsEditable: false, canStop: true, canRerun: true };

function step(id: string, text: string, action?: RemediationAction): RemediationStep {
  return action ? { id, text, action } : { id, text };
}

function rerun(caps: SourceCapabilities, text = 'Re-run the scan.'): RemediationStep {
  return caps.canRerun ? step('rerun-scan', text, 'rerun-scan') : step('rerun-scan', `${text.replace(/\.$/, '')} from the dashboard.`);
}

function connectorName(detail: ErrorDetail | undefined): string {
  return detail?.connector ? ` (the log names ${detail.connector})` : '';
}

/**
 * The steps to show for a failure kind (domain.md's table; seed 003 where it speaks), following the
 * source's capabilities. Invalid credentials: delete and re-create the connector where credentials
 * cannot be edited (the seed product), update the secret where they can (Prowler App). Insufficient
 * permissions never says to delete or recreate: the credentials work. Steps may carry an action id
 * the UIs turn into a button or link.
 */
export function remediationFor(input: RemediationInput): RemediationStep[] {
  const caps = input.capabilities ?? SEED_CAPABILITIES;
  const detail = input.detail;
  switch (input.kind) {
    case 'invalid_credentials':
      return caps.credentialsEditable ? updateSecret(caps, detail) : recreateConnector(detail);
    case 'insufficient_permissions':
      return [
        step('grant-read-access', grantReadAccessText(input.provider ?? null, detail?.action)),
        step('keep-connector', 'Keep the connector as it is: its credentials work, only its access is missing.'),
        rerun(caps, 'Re-run the scan once the access is granted.'),
      ];
    case 'temporary':
      return [
        rerun(caps),
        step('contact-support-if-persists', 'If it fails again after retrying, contact support with the error log details.', 'contact-support'),
      ];
    case 'configuration':
      return [enableStep(detail, input.provider ?? null), rerun(caps, 'Re-run the scan.')];
    case 'submission_error':
      return [
        rerun(caps),
        step('verify-scanner-configuration', 'Verify the scanner configuration.'),
        step('check-integration', 'Check the integration and authentication settings.', 'open-integrations'),
      ];
    default:
      return [
        step('open-error-logs', 'Open the error logs and review the details.', 'open-error-logs'),
        step('copy-support-bundle', 'Copy the support bundle: ids, times, statuses and error lines, with secrets removed.', 'copy-support-bundle'),
        step('contact-support', 'Contact support and include the error log details.', 'contact-support'),
      ];
  }
}

function recreateConnector(detail: ErrorDetail | undefined): RemediationStep[] {
  return [
    step('identify-connector', `Identify the connector the failed scan used${connectorName(detail)}.`),
    step('open-connected-providers', 'Open Integrations → Connected Providers.', 'open-integrations'),
    step('delete-connector', 'Delete the connector with the invalid credentials (saved credentials cannot be edited).'),
    step('create-integration', 'Create a new integration with the correct credentials.'),
    step('create-scan', 'Back in Cloud Security Misconfigurations, create a new scan that uses the new connector.'),
  ];
}

function updateSecret(caps: SourceCapabilities, detail: ErrorDetail | undefined): RemediationStep[] {
  return [
    step('open-connector', `Open the connector the failed scan used${connectorName(detail)}.`, 'open-integrations'),
    step('update-credentials', 'Update its credentials (secret, key or token) with valid ones; the connector itself can stay.'),
    rerun(caps),
  ];
}

function enableStep(detail: ErrorDetail | undefined, provider: string | null): RemediationStep {
  if (detail?.api) return step('enable-named', `Enable ${detail.api} in the ${providerWord(provider)} the connector points at.`);
  if (detail?.region) return step('enable-region', `Enable the region ${detail.region} in the account (or exclude it from the scan).`);
  return step('enable-named', 'Enable what the error log names (an API, a service, a subscription or a region).', 'open-error-logs');
}

function providerWord(provider: string | null): string {
  switch (provider) {
    case 'gcp': return 'project';
    case 'azure': return 'subscription';
    case 'aws': return 'account';
    default: return 'cloud account';
  }
}
