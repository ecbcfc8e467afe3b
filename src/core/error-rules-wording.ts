import { rule, ruleUnless, type ErrorRule } from './error-rule.ts';

/**
 * Plain-wording rules for logs that carry no provider code: what setup-time failures say in words
 * (Prowler's own provider exceptions, SDK messages, kubectl), grouped by the concept, not by any one
 * message. Written against the rule-writing half of the corpus (corpus-*.ts); the held-back half
 * measures them. Same precedence as every table: configuration > permissions > temporary > credentials.
 */
const CONFIG_NOUN = String.raw`(?:profile|config(?:uration)?(?: file)?|clouds\.yaml|kube-?config(?: file)?|regions?|tenancy|OCID|org(?:anization)? domain|provider[ _]?id(?:entifier)?|repo(?:sitory)? list file|compartment|partition|environment variables?|argument types?|IAM Role ARN[\w ]{0,30}|(?:specified|named) cloud|endpoint(?: URL)?|(?:[\w-]{1,20} )?(?:file )?path|ARN|namespace|project[ _]?id|subscription[ _]?id)`;
const CONFIG_FAULT = String.raw`(?:not found|could not be found|(?:is|are) (?:not valid|invalid|empty|not empty|missing)|invalid|not valid|malformed|missing|does not match|not available|(?:validation|setup) error)`;

// An SSO login that lapsed, or a credential chain that found nothing (its lines name endpoints and variables).
const LOGIN_NEEDED = { id: 'wording.credentials.loginNeeded', kind: 'invalid_credentials', pattern: /\bSSO (?:session|token)\b[^\n]{0,60}\bexpired\b|\baws sso login\b|\bDefaultAzureCredential failed to retrieve a token\b|\bEnvironmentCredential authentication unavailable\b|\bManagedIdentityCredential authentication unavailable, no managed identity endpoint\b/i } as const;

export const WORDING_RULES: readonly ErrorRule[] = [
  // Configuration: the scan cannot be set up as configured (a file, profile, region or id is wrong).
  // A profile whose SSO login has lapsed names the profile, but the fix is a new login, not a new profile;
  // a credential chain that found nothing names an endpoint it tried, but the fix is credentials.
  ruleUnless('wording.config.noun', 'configuration', new RegExp(String.raw`\b${CONFIG_NOUN}\b[^\n]{0,50}?\b${CONFIG_FAULT}\b|\b(?:invalid|malformed|no) (?:[\w-]{1,30} ){0,2}${CONFIG_NOUN}\b|\berror (?:reading|loading|parsing) (?:the )?${CONFIG_NOUN}\b`, 'i'), LOGIN_NEEDED),
  rule('wording.config.authMode', 'configuration', /\bno [\w ]{0,40}authentication method\b|\b(?:is )?required for [\w ]{0,40}(?:mode|credentials)\b|\bbrowser auth(?:entication)?\b[^\n]{0,40}\b(?:not found|no [\w ]{1,20} found)\b|\benvironment variables? error\b|\b(?:are|is) not a tenant ID\b|\bonly (?:valid|supported|allowed) (?:with|for|in) (?:the |an? )?(?:delegated|app(?:lication)?-only|interactive|user) (?:authentication|auth|flow|permissions?|context)\b/i),
  rule('wording.config.tls', 'configuration', /\bSSL certificate problem\b|\bself[- ]signed certificate\b|\bfailed to load system roots\b|\btunneling socket could not be established\b|\bCERTIFICATE_VERIFY_FAILED\b|\bcertificate verify failed\b|\bSSL validation failed\b|\bcertificate signed by unknown authority\b|\b(?:failed to connect to|could not reach|cannot connect to|unable to connect to) (?:the )?proxy\b|\bproxy appears to only use\b|\bProxy(?:Connection)?Error\b|\bproxyconnect\b|\bfirst record does not look like a TLS handshake\b|\bhostname '?[^'\s]{1,120}'? doesn't match\b|\bSSLCertVerificationError\b|\bwrong version number\b|\bcertificate name mismatch\b/i),
  rule('wording.config.cannotUse', 'configuration', new RegExp(String.raw`\b(?:unable to|cannot|could not|failed to) (?:parse|construct|load|read|find|resolve|access) (?:the |an? )?${CONFIG_NOUN}\b|\bambiguous\b[^\n]{0,40}\b${CONFIG_NOUN}\b|\b${CONFIG_NOUN}\b[^\n]{0,30}\bis ambiguous\b`, 'i')),
  // The credentials work, but for another account, tenant or project than the one configured.
  rule('wording.config.mismatch', 'configuration', /\bbelongs? to (?:a )?different (?:account|tenant|subscription|project|organi[sz]ation)\b|\bdoes not match (?:with )?(?:the )?(?:expected|configured|provided) [\w ]{0,20}(?:account|tenant|subscription|project|id)\b/i),
  rule('wording.config.registration', 'configuration', /\bnot registered to use\b|\bSubscriptionNotRegistered\b|\bError from server \(NotFound\)|\((?:NotFound|ResourceNotFound)\)|\bNoSuch(?:Entity|Bucket|Key|Distribution|HostedZone)\b|\bResourceNotFoundException\b|\bNoSuchResource(?:Exception)?\b|\bInvalid subscription\b|\bNo registered resource provider found\b|\bBad id_token issuer\b|\bnot configured to acquire tokens for tenant\b|\bregion may be incorrectly specified\b|\bno kind "ExecCredential" is registered\b|\bInvalid(?!AccessKeyId)[A-Za-z]{2,40}\.NotFound\b|\bThe resource '[^'\n]{1,200}' was not found\b|\bno Auth Provider found for name\b|\bhave the right context\b|\bRequested entity was not found\b/),
  rule('wording.config.noConfig', 'configuration', /\bno configuration has been provided\b|\berror loading config file\b|\bnot available in region\b|\bcheck (?:your |the )?(?:input )?(?:arguments|parameters|settings)\b/i),
  rule('wording.config.googleCodes', 'configuration', /\b(?:INVALID_ARGUMENT|FAILED_PRECONDITION|OUT_OF_RANGE|NOT_FOUND)\b/),

  // Permissions: the identity works but may not do or see this.
  // The identity authenticated but sees nothing it may scan, or may not act as another identity.
  rule('wording.permissions.nothingVisible', 'insufficient_permissions', /\bnot accessible (?:with|using|by) (?:these|the (?:provided|given|current)|this) (?:credentials|identity|token|key)\b|\bno [\w-]{1,20} (?:[\w-]{1,20} )?(?:accounts?|subscriptions?|projects?|organi[sz]ations?|tenants?) (?:were )?(?:found|visible|accessible)\b|\b(?:error|failed|unable to|not allowed to|cannot) impersonat(?:e|ing)\b|\bnot (?:allowed|permitted) to impersonate\b/i),
  rule('wording.permissions', 'insufficient_permissions', /\bprotected by organization SAML enforcement\b|\bUser: arn:aws:[^\s]{1,200} is not authorized\b|\bdo(?:es)? not have (?:the )?(?:required |sufficient )?(?:access|permissions?|(?:OAuth )?scopes?)\b|\bmissing (?:a )?required (?:permission|scope)|\bno [\w ]{1,30}(?:are active or )?can be accessed\b|\bdo(?:es)? not have permission\b|\bcheck (?:your |the )?(?:permission|role) assignments?\b/i),

  // Temporary: the service, the network or the moment.
  rule('wording.temporary', 'temporary', /\bToo many [\w ]{1,40} in progress\b|\bThe rate of [\w ]{1,60} is exceeded\b|\btemporarily_unavailable\b|\b[Aa]nother (?:update )?operation is (?:already )?in progress\b|\b[Ii]nternal [Ss]erver [Ee]rror\b|\bconcurrency conflict\b|\bABORTED\b|\bIncompleteRead(?:Error)?\b/),

  // Credentials: the saved secret, key, token or certificate is missing, malformed or refused.
  rule('wording.credentials.codes', 'invalid_credentials', /\buser_strong_auth_client_auth_n_required\b|\bCannot retrieve a valid Access Token\b|\bFailed to retrieve access token\b|\b(?:Failed to load|Could not use|could not load|unable to load) the certificate\b|\bCertificatePassword\b|\bspecified network password is not correct\b|\bunsupported credential type\b|\b(?:IncompleteSignature|MissingAuthenticationToken|InvalidAuthenticationToken)\b|\b(?:AzureCli|InteractiveBrowser|DefaultAzure|ClientSecret|ClientCertificate)Credential\b/),
  rule('wording.credentials.state', 'invalid_credentials', /\b(?:credentials?|API (?:key|token)|access key(?: ID)?|secret(?: access key)?|(?:client|app(?:lication)?) (?:ID|secret|key)|session token|token|private key(?: file)?|tenant(?: ID)?|certificate(?: content| data)?|password|passphrase|App Key)\b[^\n]{0,40}?\b(?:not found|(?:is|are) (?:not valid|invalid|required|expired|unavailable|revoked|malformed)|not valid|invalid|unavailable|revoked|could not be (?:read|loaded|decoded)|required(?: to authenticate)?)\b/i),
  rule('wording.credentials.action', 'invalid_credentials', /\bno (?:[\w ]{0,20} )?credentials\b|\binvalid (?:[\w-]{1,20} ){0,2}(?:key|token|credentials?|secret|password|App ID|client ID)\b|\berror (?:in|loading|retrieving|with|trying to (?:get|configure|load|read)|related (?:with|to))\b[^\n]{0,50}?\b(?:credentials?|token|client authentication)\b|\bclient authentication\b|\bfrom (?:the )?provided (?:certificate|key|secret|token)\b/i),
];
