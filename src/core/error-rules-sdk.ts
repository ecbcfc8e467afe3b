import { rule, weakRule, type ErrorRule } from './error-rule.ts';

/**
 * SDK exception class names, for logs that print the exception rather than the provider's code
 * (azure-identity, botocore, google-auth, the kubernetes Python client), and temporary failures
 * worded differently from the seed. Same precedence as every table: a permission, throttling or
 * configuration phrase elsewhere in the log outranks the credential classes here.
 */
export const SDK_RULES: readonly ErrorRule[] = [
  // Configuration: the SDK could not even be set up (profile, region, kubeconfig missing).
  rule('sdk.botocore.config', 'configuration', /\b(?:ProfileNotFound|NoRegionError|InvalidConfigError|InvalidRegionError|UnknownServiceError|InvalidEndpointConfigurationError|UnknownEndpointError|ConfigParseError|ConfigNotFound|ParamValidationError|UnknownRegionError)\b|\bYou must specify a region\b|\bThe config profile \([^)\n]{1,100}\) could not be found\b/),
  rule('sdk.kubernetes.config', 'configuration', /\bConfigException\b|\bInvalid kube-config file\b|\bService host\/port is not set\b/),

  rule('sdk.kubernetes.403', 'insufficient_permissions', /\bApiException\b[^\n]{0,40}\(403\)|\bReason: Forbidden\b/),

  // Temporary: transport errors and "try later" wordings.
  rule('sdk.botocore.transport', 'temporary', /\b(?:EndpointConnectionError|ConnectTimeoutError|ReadTimeoutError|ConnectionClosedError|ServiceRequestError|ServiceResponseError|TransportError)\b/),
  rule('sdk.temporaryWording', 'temporary', /\b(?:interrupted|failed) (?:by|due to) a (?:temporary|transient) (?:internal )?(?:error|failure|issue)\b|\btemporar(?:y|ily) (?:unavailable|failure|error|issue)\b|\btransient (?:error|failure|issue|fault)\b|\bHTTP\/\d(?:\.\d)? 50[0234]\b|\bHttpError (?:429|50[0234])\b|\b(?:is )?currently unavailable\b|\binternal error (?:from|in|on) the (?:service|server)\b|\boverloaded\b|\b(?:read|write|request)s?(?:\/(?:read|write))? per (?:second|minute|hour) limit (?:reached|exceeded)\b|\bnumber of [\w ]{0,20}requests\b[^\n]{0,60}\bexceeded the limit\b|\b(?:ServiceUnavailable|InternalServerError|InternalFailure|InternalError|ServerBusy|BackendError)\b/i),

  // Advice many errors end with: a re-run only when nothing more specific is said.
  weakRule('sdk.retryAdvice', 'temporary', /\b(?:please )?retry (?:later|again|the (?:request|operation))\b|\bwill be retried\b|\btry (?:the (?:request|operation) )?again(?: later| in a (?:few|moment))?\b|\bwill (?:be )?retr(?:y|ied) in\b/i),

  // Credentials: the SDK could not authenticate at all.
  rule('sdk.azure.identity', 'invalid_credentials', /\b(?:ClientAuthenticationError|CredentialUnavailableError|AuthenticationRequiredError|MsalServiceError|MsalClientError)\b|\bDefaultAzureCredential failed to retrieve a token\b|\b[A-Z][A-Za-z]{2,40}Credential(?: authentication unavailable|\.get_?[Tt]oken\b| failed to (?:retrieve|acquire|get) (?:a |an )?(?:access )?token)/),
  rule('sdk.botocore.credentials', 'invalid_credentials', /\b(?:PartialCredentialsError|CredentialRetrievalError|NoAuthTokenError|UnauthorizedSSOTokenError|SSOTokenLoadError|TokenRetrievalError)\b|\bPartial credentials found\b/),
  rule('sdk.google.auth', 'invalid_credentials', /\b(?:RefreshError|DefaultCredentialsError)\b|\binvalid_grant\b|\bCould not automatically determine credentials\b/),
  rule('sdk.kubernetes.401', 'invalid_credentials', /\bApiException\b[^\n]{0,40}\(401\)|\bReason: Unauthorized\b/),
];
