import { rule, type ErrorRule } from './error-rule.ts';

/**
 * Oracle Cloud Infrastructure service errors (oci-python-sdk ServiceError, oci-cli). Source:
 * docs.oracle.com "API Errors" (iaas/Content/API/References/apierrors.htm). OCI answers a missing
 * policy and a missing resource alike (404 NotAuthorizedOrNotFound): the policy is the usual cause.
 */
export const OCI_RULES: readonly ErrorRule[] = [
  rule('oci.notAuthorizedOrNotFound', 'insufficient_permissions', /\bNotAuthorizedOrNotFound\b|\bAuthorization failed or requested resource not found\b|\bYou do not have authorization to perform this request\b/),
  rule('oci.notAuthenticated', 'invalid_credentials', /\bNotAuthenticated\b|\bThe required information to complete authentication was not provided or was incorrect\b/),
];
