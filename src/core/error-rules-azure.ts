import type { ErrorKind } from './types.ts';
import { rule, type ErrorRule } from './error-rule.ts';
import { own } from './own.ts';

/**
 * Microsoft Entra ID (Azure AD) AADSTS codes and what they mean for a scanner's service principal.
 * Source: learn.microsoft.com "Microsoft Entra authentication and authorization error codes".
 * Only codes listed here get a kind; any other AADSTS code answers `unknown` (precision over recall).
 */
export const AADSTS_KINDS: Readonly<Record<string, ErrorKind>> = {
  AADSTS7000215: 'invalid_credentials', // invalid client secret
  AADSTS7000222: 'invalid_credentials', // client secret expired
  AADSTS7000218: 'invalid_credentials', // no client secret or assertion sent
  AADSTS700016: 'invalid_credentials', // application (client) id not found in the tenant
  AADSTS700027: 'invalid_credentials', // client assertion (certificate) signature invalid
  AADSTS700082: 'invalid_credentials', // refresh token expired
  // Labelled both ways by independent readers (a wrong tenant id in the connector, or a tenant with no
  // subscription left): configuration, the kind whose advice cannot destroy a working connector.
  AADSTS90002: 'configuration', // tenant not found
  AADSTS900023: 'configuration', // tenant id malformed (as AADSTS90002)
  AADSTS90014: 'invalid_credentials', // a required credential field is missing
  AADSTS50126: 'invalid_credentials', // invalid username or password
  AADSTS50034: 'configuration', // user account not in the tenant: the tenant or its users (3 of 3 fresh labels)
  AADSTS50020: 'configuration', // user from another identity provider not in the tenant: tenant set-up (docs/error-kinds.md)
  AADSTS65001: 'insufficient_permissions', // admin consent not granted
  AADSTS50105: 'insufficient_permissions', // principal not assigned to a role for the application
  AADSTS7000112: 'configuration', // application disabled
  AADSTS50057: 'configuration', // account disabled
  AADSTS50053: 'configuration', // account locked
  AADSTS50076: 'invalid_credentials', // MFA required: a user sign-in a scanner cannot complete; every reader (7) says credentials
  AADSTS50079: 'configuration', // multi-factor authentication enrolment required
  AADSTS53003: 'configuration', // blocked by Conditional Access
  AADSTS53000: 'configuration', // device not compliant (Conditional Access)
  AADSTS53001: 'configuration', // device not domain-joined (Conditional Access)
  AADSTS53002: 'configuration', // application not approved (Conditional Access)
  AADSTS53004: 'configuration', // MFA registration blocked (Conditional Access)
  AADSTS53005: 'configuration', // token issuance blocked (Conditional Access)
  AADSTS500011: 'configuration', // resource principal not found in the tenant
  AADSTS70011: 'configuration', // invalid scope
  AADSTS90033: 'temporary', // transient error
  AADSTS50196: 'temporary', // request loop detected
  AADSTS700024: 'invalid_credentials', // client assertion outside its valid time range: every reader (4) says credentials
  AADSTS50012: 'invalid_credentials', // authentication failed: invalid client secret or assertion
  AADSTS50013: 'invalid_credentials', // assertion signature validation failed
  AADSTS50027: 'invalid_credentials', // invalid JWT assertion (certificate thumbprint missing)
  AADSTS50055: 'invalid_credentials', // password expired
  AADSTS50056: 'invalid_credentials', // invalid or null password
  AADSTS50064: 'invalid_credentials', // credential validation on username or password failed
  AADSTS50173: 'invalid_credentials', // grant expired (the password was changed or reset)
  AADSTS51004: 'invalid_credentials', // user account not in the directory
  AADSTS70002: 'invalid_credentials', // error validating credentials
  AADSTS70008: 'invalid_credentials', // authorization code or refresh token expired or revoked
  AADSTS90072: 'configuration', // an external (guest) account not invited to the tenant: tenant set-up (docs/error-kinds.md)
  AADSTS65004: 'insufficient_permissions', // consent declined
  AADSTS90094: 'insufficient_permissions', // administrator consent required
  AADSTS50001: 'configuration', // resource (API) not found or not installed in the tenant
  AADSTS50011: 'configuration', // redirect URI mismatch
  AADSTS50059: 'configuration', // no tenant-identifying information in the request
  AADSTS50097: 'configuration', // device authentication required
  AADSTS50158: 'configuration', // external security challenge not satisfied
  AADSTS70001: 'configuration', // application disabled for the tenant
  AADSTS90019: 'configuration', // no tenant-identifying information
  AADSTS90100: 'configuration', // invalid request parameter
  AADSTS135011: 'configuration', // device disabled
  AADSTS500014: 'configuration', // service principal disabled
  AADSTS530003: 'configuration', // device must be managed (Conditional Access)
  AADSTS650057: 'configuration', // invalid resource: not in the app's requested permissions
  AADSTS700025: 'configuration', // public client: no secret should be sent
  AADSTS700054: 'configuration', // response_type not enabled for the app
  AADSTS900144: 'configuration', // a required request parameter is missing
  AADSTS90006: 'temporary', // external server error, retryable
  AADSTS90024: 'temporary', // request budget exceeded, transient
  AADSTS16000: 'invalid_credentials', // session invalid: expired or the password changed
  AADSTS70000: 'invalid_credentials', // user could not be authenticated, must sign in again
  AADSTS90027: 'configuration', // tokens cannot be issued from this API version on the MSA tenant
  AADSTS80005: 'temporary', // on-premises validation hit an unpredictable WebException
  AADSTS70043: 'invalid_credentials', // refresh token expired (sign-in frequency)
  AADSTS7000216: 'invalid_credentials', // no client secret, assertion or request sent
  AADSTS700211: 'configuration', // no federated identity credential for the assertion's issuer
  AADSTS700212: 'configuration', // no federated identity credential for the assertion's audience
  AADSTS700213: 'configuration', // no federated identity credential for the assertion's subject
  AADSTS7002138: 'configuration', // no federated identity credential for the assertion's subject
  AADSTS9002313: 'configuration', // request malformed: the sign-in request as configured is wrong
};

const APP_NOT_IN_DIRECTORY = /\bApplication with identifier [^\n]{1,120} was not found in the directory\b/;

// One pass finds any AADSTS code; the table decides. A code we do not list answers `unknown`
// (veto) rather than a guess from the words around it ("authentication failed").
const aadsts: ErrorRule = {
  id: 'azure.AADSTS',
  kind: 'unknown',
  pattern: /\bAADSTS\d{4,7}\b/g,
  decide: (match) => {
    const code = match[0];
    // AADSTS70001 is "application disabled" today, but older Entra logs word an unknown client id under it.
    if (code === 'AADSTS70001' && APP_NOT_IN_DIRECTORY.test(match.input ?? '')) return { id: 'azure.appNotInDirectory', kind: 'invalid_credentials' };
    const known = own(AADSTS_KINDS, code);
    if (known === undefined) return { id: 'azure.unlistedAADSTS', kind: 'unknown', veto: true };
    return known === 'unknown' ? { id: `azure.${code}`, kind: 'unknown', veto: true } : { id: `azure.${code}`, kind: known };
  },
};

/**
 * Azure Resource Manager, Microsoft Graph, Key Vault and azure-identity phrases, plus Prowler's
 * own Azure errors. Sources: learn.microsoft.com (ARM "Troubleshoot common Azure deployment errors",
 * "Resolve errors for resource provider registration", Graph error codes, Key Vault errors).
 */
export const AZURE_RULES: readonly ErrorRule[] = [
  aadsts,

  rule('azure.SubscriptionNotFound', 'configuration', /\bSubscriptionNotFound\b|\bMissingSubscription\b|\bThe subscription of '[^'\n]{0,80}' (?:doesn't|does not) exist\b|\bInvalidSubscriptionId\b|\bsubscription identifier '[^'\n]{0,80}' is malformed or invalid\b|\bThe subscription '[^'\n]{0,80}' could not be found\b/),
  rule('azure.MissingSubscriptionRegistration', 'configuration', /\bMissingSubscriptionRegistration\b|\bis not registered to use namespace\b|\bNoRegisteredProviderFound\b|\bRequest_ResourceNotFound\b|\bRequest_UnsupportedQuery\b|\bMissingRegistrationForLocation\b|\bis not registered for the resource type\b|\bRequestDisallowedByPolicy\b|\bwas disallowed by policy\b|\bInvalidAuthenticationTokenAudience\b/),
  rule('azure.wrongTenant', 'configuration', /\bInvalidAuthenticationTokenTenant\b|\bThe access token is from the wrong issuer\b|\bInvalidAudience\b|\binvalid (?:authorization )?token audience\b|\binvalid_target\b/),
  rule('azure.disabledSubscription', 'configuration', /\bReadOnlyDisabledSubscription\b|\bThe subscription '[^'\n]{0,80}' is disabled\b|\bSubscriptionDisabled\b/),
  rule('azure.ResourceGroupNotFound', 'configuration', /\bResourceGroupNotFound\b|\bResource group '[^'\n]{1,120}' could not be found\b/),
  // Setup the request depends on: an api-version, a location or pricing tier the subscription lacks, key auth disabled.
  rule('azure.setup', 'configuration', /\bInvalidApiVersionParameter\b|\bThe api-version '[^'\n]{1,40}' is invalid\b|\bis not supported for (?:this )?subscription\b|\bno standard pricing bundle\b|\bKeyBasedAuthenticationNotPermitted\b|\bKey based authentication is not permitted\b|\bLocationNotAvailableForResourceType\b|\bForbiddenByFirewall\b|\bClient address is not authorized\b|\bis not available for resource type\b/),
  // A managed identity the resource was never given: assign it; no secret of the connector is wrong.
  rule('azure.managedIdentityUnassigned', 'configuration', /\bidentity (?:has not been|is not|was not) assigned to this resource\b|\bgetting assigned identities for pod\b/i),
  rule('azure.quota', 'configuration', /\bexceeding approved [\w ]{1,60} quota\b|"code":\s?"QuotaExceeded"/),
  rule('azure.providerIdMismatch', 'configuration', /\bdoes not match with the available subscriptions\b|\bnot owned by the same\b|\bdoes not belong to the specified tenant\b|\b[A-Z][A-Za-z]{1,30}NotBelongingTo[A-Z][A-Za-z]{1,30}\b/),

  rule('azure.AuthorizationFailed', 'insufficient_permissions', /\b(?:AuthorizationFailed|LinkedAuthorizationFailed|AuthorizationPermissionMismatch|Authorization_RequestDenied|InsufficientAccountPermissions)\b|\bdo(?:es)? not have authorization\b|\bABAC condition\b|\b(?:user|administrator|admin) has not consented\b|\bneeds? (?:admin(?:istrator)? )?(?:consent|approval)\b/),
  rule('azure.insufficientPrivileges', 'insufficient_permissions', /\bInsufficient privileges to complete the operation\b/i),
  // Exchange Online / M365 app-only access: the app authenticated, its directory or management roles are missing.
  rule('azure.exoRoles', 'insufficient_permissions', /\b(?:isn't|is not) assigned to any (?:management )?roles?\b|\brole assigned to [\w -]{1,60} (?:isn't|is not) supported\b|CmdletAccessDeniedException\b|\bis not allowed to call\b/i),
  rule('azure.keyVaultForbidden', 'insufficient_permissions', /\bdoes not have (?:keys|secrets|certificates) [a-z]{2,20} permission on key vault\b/i),
  rule('azure.noSubscriptions', 'insufficient_permissions', /\bNo (?:Azure )?subscriptions found\b/i),

  // azure-core's retry policy gave up: the transport failed every time, whatever credential class was calling.
  rule('azure.retriesExhausted', 'temporary', /\bRetry failed after \d{1,3} tries\b/),
  rule('azure.throttled', 'temporary', /\bis over its [\w ]{1,40} limit\b|\b(?:ApplicationThrottled|CloudInternalError|SubscriptionRequestsThrottled|TenantRequestsThrottled|ServerBusy|ServerTimeout|GatewayTimeout|RetryableError)\b|\bThe request is being throttled\b|\bRequest was throttled\b/),

  rule('azure.graphToken', 'invalid_credentials', /\b(?:InvalidAuthenticationToken|ExpiredAuthenticationToken|Authentication_ExpiredToken|Authentication_MissingOrMalformed|Authentication_Unauthorized)\b|\bAccess token has expired\b|\bLifetime validation failed\b|\bThe access token is invalid\b/),
  // The sign-in itself failed: no credential source (Azure CLI, MSI), a refresh refused, MFA demanded, a storage key rejected.
  rule('azure.signInFailed', 'invalid_credentials', /\bAzure CLI not found on path\b|\bFailed to refresh the Token for request\b|\bMSI endpoint is not (?:available|reachable)\b|\bServer failed to authenticate the request\b|\bmust use multi-factor authentication\b/),
  // The tenant in the authority URL does not resolve: the tenant id is wrong (configuration, as AADSTS90002).
  rule('azure.badAuthority', 'configuration', /\bUnable to get authority configuration\b|\btenant name or GUID\b/),
  rule('azure.invalidClient', 'invalid_credentials', /\binvalid_client\b|\bThe provided client secret is not valid\b|\bThe provided (?:client ID and client secret|tenant ID and client secret|tenant ID and client ID) do not belong to\b/),
];
