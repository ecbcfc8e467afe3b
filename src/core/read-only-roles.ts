import { msg, type MessageRef } from './message-ref.ts';

/** Each provider's read-only audit roles, as the scanners document them (domain.md). Plain data. */
export const READ_ONLY_ROLES: Readonly<Record<string, string>> = {
  aws: 'the SecurityAudit and ViewOnlyAccess managed policies',
  azure: 'the Reader and Security Reader roles on the subscription',
  gcp: 'the Viewer and Security Reviewer roles (roles/viewer, roles/iam.securityReviewer)',
  kubernetes: 'a read-only ClusterRole (get, list, watch) bound to its service account',
};

/** "Grant the scanner's identity … read access" for a provider, naming the refused action if known. */
export function grantReadAccessText(provider: string | null, action?: string): string {
  const roles = provider !== null && Object.hasOwn(READ_ONLY_ROLES, provider) ? READ_ONLY_ROLES[provider] : "the provider's read-only audit role";
  const refused = action ? ` It was refused ${action}.` : '';
  return `Grant the scanner's identity read access: ${roles}.${refused}`;
}

/** grantReadAccessText as a message: `remedy_grantReadAccess` (or `…Refused` with the action), roles translated. */
export function grantReadAccessMessage(provider: string | null, action?: string): MessageRef {
  const roles = msg(provider !== null && Object.hasOwn(READ_ONLY_ROLES, provider) ? `remedy_roles_${provider}` : 'remedy_roles_other');
  return action ? msg('remedy_grantReadAccessRefused', roles, action) : msg('remedy_grantReadAccess', roles);
}
