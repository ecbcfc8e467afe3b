import { rule, type ErrorRule } from './error-rule.ts';

/**
 * Google Cloud phrases: google.rpc status codes and ErrorInfo reasons, googleapi "Error 403: …"
 * text, google-auth exceptions. Sources: cloud.google.com "API errors" / "Troubleshoot IAM
 * permission errors", cloud.google.com/apis/design/errors, google-auth-library docs.
 */
export const GCP_RULES: readonly ErrorRule[] = [
  // Configuration wins over the PERMISSION_DENIED status GCP sends with a disabled API.
  rule('gcp.SERVICE_DISABLED', 'configuration', /\bSERVICE_DISABLED\b|\baccessNotConfigured\b|\bhas not been used in project [^\s]{1,100}[ \t]{1,3}before or it is disabled\b/),
  rule('gcp.BILLING_DISABLED', 'configuration', /\bBILLING_DISABLED\b|\brequires billing to be enabled\b|\bbilling account for the owning project is disabled\b|\bhas billing disabled\b|\benable billing\b|\bhas not configured billing\b|\bbilling (?:is )?(?:not enabled|disabled) (?:for|on) (?:the )?project\b/i),
  rule('gcp.setup', 'configuration', /\bAccess Not Configured\b|\bAPI \[?[\w.-]{1,80}\]? (?:is )?not enabled\b|\bnot enabled on project\b|\bha(?:s|ve) not enabled the [\w' .-]{0,60}API\b|\bactivate the '?[\w .-]{1,60}'? API\b|\bconstraints\/[\w.]{1,80}\b|\b(?:organi[sz]ation|org) policy\b[^\n]{0,60}\bviolat|\binvalid_scope\b|\babsent billing account\b/i),
  // A hard resource quota (CPUs, addresses, GPUs in a region) stays exhausted until raised; rate quotas are temporary below.
  // User credentials (gcloud's ADC) where the API wants a quota project or a service account: set-up.
  rule('gcp.adcQuotaProject', 'configuration', /\bauthenticated using end user credentials\b|\bauthenticating by using local Application Default Credentials\b|\bquota project\b/i),
  rule('gcp.hardQuota', 'configuration', /\bQuota '[A-Z0-9_]{2,60}' exceeded\b|\bQuota limit '[A-Za-z0-9_]{2,80}' has been exceeded\b/),
  rule('gcp.projectNotFound', 'configuration', /\bProject '[^'\n]{1,120}' not found or permission denied\b|\bProject [^\n]{1,120}? has been deleted\b|\bProject '?[\w:/.-]{1,120}'? (?:not found or deleted|was not found|is not found|has been deleted)\b/i),

  rule('gcp.PERMISSION_DENIED', 'insufficient_permissions', /\bPERMISSION_DENIED\b|\bACCESS_TOKEN_SCOPE_INSUFFICIENT\b|\binsufficient authentication scopes\b|\bIAM_PERMISSION_DENIED\b|\bPermission ['"][\w.]{3,120}['"] denied\b|\bThe caller does not have permission\b|\bCaller does not have required permission\b/),
  rule('gcp.doesNotHaveAccess', 'insufficient_permissions', /\bPermission '?[a-z]{2,30}\.[a-zA-Z]{2,40}\.[a-zA-Z]{2,40}'? is required\b|\byou need (?:the )?[a-z]{2,30}\.[a-zA-Z]{2,40}\.[a-zA-Z.]{2,60} permission\b|\bgive you (?:this|the) permission\b|\bdoes not have [a-z][a-zA-Z]{1,40}\.[a-zA-Z]{1,40}\.[a-zA-Z.]{1,60} access to\b|\b[Rr]equired ['"][\w.]{3,120}['"] permission\b/),
  // Domain-wide delegation not granted to the service account: a Workspace administrator authorises its client id.
  rule('gcp.delegationNotGranted', 'insufficient_permissions', /\bClient is unauthorized to retrieve access tokens using this method\b|\bUnauthorized client or scope in request\b/i),
  rule('gcp.noProjectAccess', 'insufficient_permissions', /\bdo not appear to have access to\b/),

  rule('gcp.RESOURCE_EXHAUSTED', 'temporary', /\bRESOURCE_EXHAUSTED\b|\bRATE_LIMIT_EXCEEDED\b|\bDeadline expired before operation could complete\b|\b(?:rateLimitExceeded|userRateLimitExceeded|backendError|dailyLimitExceeded)\b|\bUser Rate Limit Exceeded\b|\bQuota exceeded for quota (?:metric|group)\b/),
  rule('gcp.UNAVAILABLE', 'temporary', /\b(?:UNAVAILABLE|DEADLINE_EXCEEDED)\b|\bInternal error encountered\b|"status":\s?"INTERNAL"|\bBackend Error\b|\binternal_failure\b/),

  // A host clock off by minutes: fix the clock, not the key (docs/error-kinds.md).
  rule('gcp.clockSkew', 'configuration', /\bToken must be a short-lived token\b|\bInvalid JWT: Token must be\b/),

  rule('gcp.invalid_grant', 'invalid_credentials', /\binvalid_grant\b/),
  rule('gcp.serviceAccountGone', 'invalid_credentials', /\bservice account\b[^\n]{0,80}\b(?:does not exist|not found|was deleted|has been deleted|is disabled)\b|\bmissing (?:required )?authentication credential\b/i),
  rule('gcp.UNAUTHENTICATED', 'invalid_credentials', /\bUNAUTHENTICATED\b|\bRequest had invalid authentication credentials\b|\bError 401: Invalid Credentials\b/),
  rule('gcp.DefaultCredentialsError', 'invalid_credentials', /\bDefaultCredentialsError\b|\bCould not automatically determine credentials\b|\bYour default credentials were not found\b/),
  // gcloud/bq with no signed-in account, or a Google re-authentication (RAPT) the stored login cannot answer.
  rule('gcp.noActiveAccount', 'invalid_credentials', /\bYou do not currently have an active account selected\b|\binvalid_rapt\b|\breauth(?:entication)? related error\b/),
  rule('gcp.oauthClientNotFound', 'invalid_credentials', /\bThe OAuth client was (?:not found|deleted)\b|\bdeleted_client\b/),
];
