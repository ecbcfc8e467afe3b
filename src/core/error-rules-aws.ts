import { rule, ruleUnless, type ErrorRule } from './error-rule.ts';

// Regions that must be opted into. A call there from an account that has not enabled the region
// fails with the same words as a bad key (InvalidClientTokenId / UnrecognizedClientException /
// AuthFailure), though the key is fine: a configuration problem, never "recreate the connector".
export const AWS_OPT_IN_REGIONS = [
  'af-south-1', 'ap-east-1', 'ap-east-2', 'ap-south-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5',
  'ap-southeast-6', 'ap-southeast-7', 'ca-west-1', 'eu-central-2', 'eu-south-1', 'eu-south-2', 'il-central-1',
  'me-central-1', 'me-south-1', 'mx-central-1',
] as const;

const OPT_IN_REGION = { id: 'aws.optInRegion', kind: 'configuration', pattern: new RegExp(`\\b(?:${AWS_OPT_IN_REGIONS.join('|')})\\b|\\bdisabled region\\b`) } as const;

/**
 * AWS error codes and phrases (botocore ClientError text, IAM/STS/EC2/S3 API reference "Common
 * Errors", Prowler's logs). Sources: docs.aws.amazon.com (CommonErrors, STS/EC2 error codes,
 * IAM "Troubleshoot access denied error messages").
 */
export const AWS_RULES: readonly ErrorRule[] = [
  rule('aws.OptInRequired', 'configuration', /\bOptInRequired\b|not subscribed to this service|\bNotSignedUp\b|\bnot signed up for\b/i),
  rule('aws.notSubscribed', 'configuration', /\bis not subscribed (?:to|for) (?:AWS |Amazon )?[A-Z][\w ]{1,40}/),
  rule('aws.notEnabled', 'configuration', /\b(?:Security Hub|GuardDuty|AWS Config|Macie|Inspector|Access Analyzer|AWS Organizations)\b[^\n]{0,60}\bis not enabled\b|\bAWSOrganizationsNotInUseException\b|\bnot a member of an organization\b/i),
  rule('aws.badRegion', 'configuration', /\bProvided region_name '[^'\n]{0,60}' doesn't match a supported format|\bInvalidRegion\b|\bAuthorizationHeaderMalformed\b|\bthe region '[^'\n]{1,40}' is wrong\b|\bNoSuchEndpointError\b|\bnot supported in (?:the called|this) region\b|\b(?:IllegalLocationConstraintException|InvalidLocationConstraint)\b|\blocation constraint is (?:incompatible|not valid|invalid)\b/),
  // The account itself is held (billing, verification, abuse): the owner must act with AWS; a re-run or a new key cannot help.
  rule('aws.accountProblem', 'configuration', /\b(?:AccountProblem|AllAccessDisabled|PendingVerification)\b/),
  // A service the account has not set up (Security Hub not subscribed, not its organization's administrator; Audit Manager).
  ruleUnless('aws.serviceNotSetUp', 'configuration', /\bInvalidAccessException\b|\bcomplete [\w ]{1,40} setup\b|\bplease verify your region\b/i, { id: 'aws.serviceNotSetUp.permission', kind: 'insufficient_permissions', pattern: /\bInvalidAccessException: The account doesn't have permission\b/ }),
  // A KMS key that is disabled, pending deletion or missing; an account limit (not a rate) reached;
  // an IAM credential report to generate again: the account's set-up, not the scanner's key.
  rule('aws.kmsKeyState', 'configuration', /\bKMS(?:Disabled|InvalidState|NotFound)Exception\b|\bKms(?:KeyDisabled|InvalidState|KeyNotFound)Exception\b|\bkey is disabled or pending deletion\b|\b(?:KMS|customer master) key\b[^\n]{0,60}\b(?:isn't|is not) (?:enabled|available|in (?:a )?valid state)\b|\bCheck that the KMS key is available\b/),
  ruleUnless('aws.accountLimit', 'configuration', /\b(?:LimitExceeded|ServiceQuotaExceeded|ResourceLimitExceeded|MaxActiveResourcesExceeded)Exception\b|\bexceeded a service limit\b|\bbeyond the current [\w ]{0,40}account limits\b/, { id: 'aws.Throttling', kind: 'temporary', pattern: /\btoo many requests\b|\brate exceeded\b|\bthrottl/i }),
  rule('aws.credentialReport', 'configuration', /\bCredentialReport(?:Expired|NotPresent)Exception\b/),
  // An endpoint whose region part looks like a region but is none (an AZ such as us-east-1a, a typo such as na-east-1).
  rule('aws.badRegionEndpoint', 'configuration', /\b[a-z0-9-]{2,63}\.(?=[a-z]{2}-[a-z-]{3,20}\d)(?!(?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov|-iso[bef]?)?-(?:north|south|east|west|central|northeast|northwest|southeast|southwest)-\d{1,2}\.)[a-z]{2}-[a-z0-9-]{3,25}\.amazonaws\.com\b/),
  // A ValidationError that wraps a policy denial (CloudFormation resolving parameters) is a permission.
  ruleUnless('aws.badRequest', 'configuration', /\bUnsupportedCommandException\b|\bis only (?:supported|available) in (?:the )?[a-z]{2}-[a-z]{3,12}-\d\b|\b(?:ValidationError|ValidationException|InvalidParameter(?:Value|Combination)?(?:Exception)?|MissingParameter|MalformedPolicyDocument(?:Exception)?|SubscriptionRequiredException|InvalidAction|UnsupportedOperation)\b/, { id: 'aws.notAuthorized', kind: 'insufficient_permissions', pattern: /\bis not authorized to perform\b/i }),

  // Permissions: the identity is valid, a policy does not allow the call.
  rule('aws.notAuthorized', 'insufficient_permissions', /\b(?:is )?not authorized to perform\b|\bNot authorized for (?:images|instances|resources?|snapshots|volumes)\b|\bnot authorized to (?:perform this operation|access)\b|\bwith an explicit deny\b/i),
  rule('aws.explicitDeny', 'insufficient_permissions', /\bwith an explicit deny in an? (?:service control|resource-based|identity-based|permissions boundary|session) (?:policy|policies)\b/i),
  rule('aws.AccessDenied', 'insufficient_permissions', /\((?:AccessDenied|AccessDeniedException|UnauthorizedOperation|AuthorizationError|Forbidden|403)\) when calling\b|\bAccessDenied(?:Exception)?\b|\bUnauthorizedOperation\b/),
  rule('aws.insufficientPrivileges', 'insufficient_permissions', /\bInsufficient privileges to perform this action\b/i),

  // Temporary: throttling, service-side failures, timeouts.
  rule('aws.Throttling', 'temporary', /\b(?:Throttling|ThrottlingException|ThrottledException|RequestLimitExceeded|TooManyRequestsException|RequestThrottled|ProvisionedThroughputExceededException|SlowDown(?:Exception)?|PriorRequestNotComplete|CredentialReportNotReadyException)\b|\bRate exceeded\b|\bPlease reduce your request rate\b|\b[Rr]equest limit exceeded\b/),
  rule('aws.serverError', 'temporary', /\b(?:ServiceUnavailable(?:Exception)?|InternalError|InternalFailure|InternalServerError|InternalServiceError|InternalServerException|RequestTimeout(?:Exception)?|ServiceFailure(?:Exception)?)\b/),
  rule('aws.endpointTimeout', 'temporary', /\b(?:Read|Connect) timeout on endpoint URL\b|\bCould not connect to the endpoint URL\b|\bEndpointConnectionError\b|\bConnection was closed before we received a valid response\b/),

  // Clock skew makes valid keys fail: neither the key nor the policy is at fault, the scanner's clock is
  // (5 of 8 independent labels say configuration, 3 unknown; none credentials).
  // A RequestExpired whose own line says the security token expired is about the token (docs/error-kinds.md).
  ruleUnless('aws.clockSkew', 'configuration', /\bSignature expired: [^\n]{0,80} is now earlier than\b|\bSignature not[ \t]{1,3}yet current\b|\bRequestExpired\b|\bRequestTimeTooSkewed\b/, { id: 'aws.ExpiredToken', kind: 'invalid_credentials', pattern: /\bRequestExpired\b[^\n]{0,200}\bThe security token included in the request is expired\b/ }),

  // Invalid credentials: the key itself is wrong, deleted, expired or missing.
  ruleUnless('aws.InvalidClientTokenId', 'invalid_credentials', /\bInvalidClientTokenId\b|\bThe security token included in the request is invalid\b/, OPT_IN_REGION),
  ruleUnless('aws.UnrecognizedClientException', 'invalid_credentials', /\bUnrecognizedClientException\b/, OPT_IN_REGION),
  rule('aws.SignatureDoesNotMatch', 'invalid_credentials', /\bSignatureDoesNotMatch\b|\bThe request signature we calculated does not match the signature you provided\b/),
  ruleUnless('aws.AuthFailure', 'invalid_credentials', /\bAuthFailure\b|\bAWS was not able to validate the provided access credentials\b/, OPT_IN_REGION),
  rule('aws.InvalidAccessKeyId', 'invalid_credentials', /\bInvalidAccessKeyId\b|\bThe (?:AWS )?Access Key Id you provided does not exist in our records\b|\bSpecified access key is not found\b/i),
  rule('aws.ExpiredToken', 'invalid_credentials', /\bExpiredToken(?:Exception)?\b|\bThe security token included in the request is expired\b/),
  rule('aws.badToken', 'invalid_credentials', /\b(?:InvalidIdentityToken(?:Exception)?|InvalidToken|TokenRefreshRequired|InvalidSignatureException|ExpiredTokenException|MissingAuthenticationTokenException|IncompleteSignatureException)\b/),
  rule('aws.NoCredentials', 'invalid_credentials', /\bUnable to locate credentials\b|\bNoCredentialsError\b|\bNo AWS credentials found\b/i),
];
