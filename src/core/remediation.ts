import type { ErrorKind, SourceCapabilities } from './types.ts';
import type { ErrorDetail } from './classify-error.ts';
import { grantReadAccessText, grantReadAccessMessage } from './read-only-roles.ts';
import { msg, type MessageRef } from './message-ref.ts';

export type RemediationAction =
  | 'open-integrations'
  | 'rerun-scan'
  | 'open-error-logs'
  | 'copy-support-bundle'
  | 'contact-support';

export interface RemediationStep {
  /** Stable id for tests and keys, e.g. `delete-connector`. */
  id: string;
  /** English, for the support bundle (read by support staff) and logs. */
  text: string;
  /** The same step as a message key, for the UIs to show in the browser's language. */
  message: MessageRef;
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

function step(id: string, text: string, message: MessageRef, action?: RemediationAction): RemediationStep {
  return action ? { id, text, message, action } : { id, text, message };
}

/** "Re-run …" where the source can re-run; "… from the dashboard" where it cannot. */
function rerun(caps: SourceCapabilities, once = false): RemediationStep {
  const text = once ? 'Re-run the scan once the access is granted.' : 'Re-run the scan.';
  const key = once ? 'remedy_rerunOnceGranted' : 'remedy_rerun';
  return caps.canRerun
    ? step('rerun-scan', text, msg(key), 'rerun-scan')
    : step('rerun-scan', `${text.replace(/\.$/, '')} from the dashboard.`, msg(`${key}FromDashboard`));
}

/** A step naming the connector when the log does: `key` without it, `keyNamed` with it as $1. */
function connectorStep(id: string, detail: ErrorDetail | undefined, text: string, key: string, action?: RemediationAction): RemediationStep {
  const named = detail?.connector;
  return named
    ? step(id, `${text} (the log names ${named}).`, msg(`${key}Named`, named), action)
    : step(id, `${text}.`, msg(key), action);
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
        step('grant-read-access', grantReadAccessText(input.provider ?? null, detail?.action), grantReadAccessMessage(input.provider ?? null, detail?.action)),
        step('keep-connector', 'Keep the connector as it is: its credentials work, only its access is missing.', msg('remedy_keepConnector')),
        rerun(caps, true),
      ];
    case 'temporary':
      return [
        rerun(caps),
        step('contact-support-if-persists', 'If it fails again after retrying, contact support with the error log details.', msg('remedy_contactSupportIfPersists'), 'contact-support'),
      ];
    case 'configuration':
      return [enableStep(detail, input.provider ?? null), rerun(caps)];
    case 'submission_error':
      return [
        rerun(caps),
        step('verify-scanner-configuration', 'Verify the scanner configuration.', msg('remedy_verifyScannerConfiguration')),
        step('check-integration', 'Check the integration and authentication settings.', msg('remedy_checkIntegration'), 'open-integrations'),
      ];
    default:
      return [
        step('open-error-logs', 'Open the error logs and review the details.', msg('remedy_openErrorLogs'), 'open-error-logs'),
        step('copy-support-bundle', 'Copy the support bundle: ids, times, statuses and error lines, with secrets removed.', msg('remedy_copySupportBundle'), 'copy-support-bundle'),
        step('contact-support', 'Contact support and include the error log details.', msg('remedy_contactSupport'), 'contact-support'),
      ];
  }
}

function recreateConnector(detail: ErrorDetail | undefined): RemediationStep[] {
  return [
    connectorStep('identify-connector', detail, 'Identify the connector the failed scan used', 'remedy_identifyConnector'),
    step('open-connected-providers', 'Open Integrations → Connected Providers.', msg('remedy_openConnectedProviders'), 'open-integrations'),
    step('delete-connector', 'Delete the connector with the invalid credentials (saved credentials cannot be edited).', msg('remedy_deleteConnector')),
    step('create-integration', 'Create a new integration with the correct credentials.', msg('remedy_createIntegration')),
    step('create-scan', 'Back in Cloud Security Misconfigurations, create a new scan that uses the new connector.', msg('remedy_createScan')),
  ];
}

function updateSecret(caps: SourceCapabilities, detail: ErrorDetail | undefined): RemediationStep[] {
  return [
    connectorStep('open-connector', detail, 'Open the connector the failed scan used', 'remedy_openConnector', 'open-integrations'),
    step('update-credentials', 'Update its credentials (secret, key or token) with valid ones; the connector itself can stay.', msg('remedy_updateCredentials')),
    rerun(caps),
  ];
}

function enableStep(detail: ErrorDetail | undefined, provider: string | null): RemediationStep {
  if (detail?.api) {
    const scope = providerScope(provider);
    return step('enable-named', `Enable ${detail.api} in the ${scope} the connector points at.`, msg('remedy_enableApi', detail.api, msg(`remedy_scope_${scope.replace(' ', '_')}`)));
  }
  if (detail?.region) return step('enable-region', `Enable the region ${detail.region} in the account (or exclude it from the scan).`, msg('remedy_enableRegion', detail.region));
  return step('enable-named', 'Enable what the error log names (an API, a service, a subscription or a region).', msg('remedy_enableNamed'), 'open-error-logs');
}

function providerScope(provider: string | null): 'project' | 'subscription' | 'account' | 'cloud account' {
  switch (provider) {
    case 'gcp': return 'project';
    case 'azure': return 'subscription';
    case 'aws': return 'account';
    default: return 'cloud account';
  }
}
