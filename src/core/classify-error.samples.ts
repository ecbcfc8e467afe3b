import type { ErrorKind } from './types.ts';
import type { ErrorDetail } from './error-detail.ts';

/**
 * Real error messages, as the providers' public documentation and the scanners' logs word them
 * (account ids, ARNs and GUIDs replaced by the docs' own placeholders). Test data only.
 */
export interface Sample {
  source: string;
  message: string;
  code?: string;
  kind: ErrorKind;
  detail?: ErrorDetail;
}

const ARN = 'arn:aws:sts::123456789012:assumed-role/ProwlerMemberRole/ProwlerAssessmentSession';
const APP = '00001111-aaaa-2222-bbbb-3333cccc4444';
const SUB = 'aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e';

export const AWS_SAMPLES: Sample[] = [
  { source: 'STS GetCallerIdentity, bad key', message: 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.', kind: 'invalid_credentials', detail: { code: 'InvalidClientTokenId', operation: 'GetCallerIdentity' } },
  { source: 'AWS common errors: SignatureDoesNotMatch', message: 'An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.', kind: 'invalid_credentials', detail: { code: 'SignatureDoesNotMatch' } },
  { source: 'EC2 error codes: AuthFailure', message: 'An error occurred (AuthFailure) when calling the DescribeInstances operation: AWS was not able to validate the provided access credentials', kind: 'invalid_credentials', detail: { code: 'AuthFailure', operation: 'DescribeInstances' } },
  { source: 'S3 error codes: InvalidAccessKeyId', message: 'An error occurred (InvalidAccessKeyId) when calling the ListBuckets operation: The AWS Access Key Id you provided does not exist in our records.', kind: 'invalid_credentials', detail: { code: 'InvalidAccessKeyId' } },
  { source: 'STS: ExpiredToken', message: 'An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired', kind: 'invalid_credentials', detail: { code: 'ExpiredToken' } },
  { source: 'DynamoDB: UnrecognizedClientException', message: 'An error occurred (UnrecognizedClientException) when calling the ListTables operation: The security token included in the request is invalid.', kind: 'invalid_credentials' },
  { source: 'botocore NoCredentialsError', message: 'botocore.exceptions.NoCredentialsError: Unable to locate credentials', kind: 'invalid_credentials' },
  { source: 'Prowler log: dlm AccessDeniedException', message: `An error occurred (AccessDeniedException) when calling the GetLifecyclePolicies operation: User: ${ARN} is not authorized to perform: dlm:GetLifecyclePolicies on resource: arn:aws:dlm:eu-west-1:123456789012:policy/*`, kind: 'insufficient_permissions', detail: { action: 'dlm:GetLifecyclePolicies', principal: ARN, region: 'eu-west-1', code: 'AccessDeniedException' } },
  { source: 'Prowler log: no identity-based policy allows', message: `An error occurred (UnauthorizedOperation) when calling the GetSnapshotBlockPublicAccessState operation: You are not authorized to perform this operation. User: ${ARN} is not authorized to perform: ec2:GetSnapshotBlockPublicAccessState because no identity-based policy allows the ec2:GetSnapshotBlockPublicAccessState action`, kind: 'insufficient_permissions', detail: { action: 'ec2:GetSnapshotBlockPublicAccessState' } },
  { source: 'EC2 UnauthorizedOperation, no action named', message: 'An error occurred (UnauthorizedOperation) when calling the DescribeInstances operation: You are not authorized to perform this operation', kind: 'insufficient_permissions', detail: { operation: 'DescribeInstances' } },
  { source: 'SNS AuthorizationError', message: 'An error occurred (AuthorizationError) when calling the ListSubscriptions operation: User: arn:aws:iam::123456789012:user/auditor is not authorized to perform: SNS:ListSubscriptions on resource: arn:aws:sns:ap-south-1:123456789012:*', kind: 'insufficient_permissions', detail: { action: 'SNS:ListSubscriptions' } },
  { source: 'Backup: insufficient privileges', message: 'An error occurred (AccessDeniedException) when calling the ListReportPlans operation: Insufficient privileges to perform this action.', kind: 'insufficient_permissions' },
  { source: 'STS AssumeRole denied (trust policy)', message: 'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::123456789012:user/scanner is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::210987654321:role/ProwlerScanRole', kind: 'insufficient_permissions', detail: { action: 'sts:AssumeRole' } },
  { source: 'IAM: explicit deny in an SCP', message: `An error occurred (UnauthorizedOperation) when calling the DescribeInstances operation: You are not authorized to perform this operation. User: ${ARN} is not authorized to perform: ec2:DescribeInstances with an explicit deny in a service control policy`, kind: 'insufficient_permissions', detail: { action: 'ec2:DescribeInstances' } },
  { source: 'S3 HeadObject 403', message: 'An error occurred (403) when calling the HeadObject operation: Forbidden', kind: 'insufficient_permissions' },
  { source: 'IAM Throttling', message: 'An error occurred (Throttling) when calling the ListPolicies operation (reached max retries: 4): Rate exceeded', kind: 'temporary', detail: { code: 'Throttling' } },
  { source: 'EC2 RequestLimitExceeded', message: 'An error occurred (RequestLimitExceeded) when calling the DescribeInstances operation (reached max retries: 4): Request limit exceeded.', kind: 'temporary' },
  { source: 'Security Hub ThrottlingException', message: 'An error occurred (ThrottlingException) when calling the GetFindings operation (reached max retries: 4): Rate exceeded', kind: 'temporary' },
  { source: 'Lambda TooManyRequestsException', message: 'An error occurred (TooManyRequestsException) when calling the ListFunctions operation (reached max retries: 4): Rate exceeded', kind: 'temporary' },
  { source: 'S3 SlowDown', message: 'An error occurred (SlowDown) when calling the ListObjectsV2 operation (reached max retries: 4): Please reduce your request rate.', kind: 'temporary' },
  { source: 'RDS ServiceUnavailable', message: 'An error occurred (ServiceUnavailable) when calling the DescribeDBInstances operation (reached max retries: 4): Service Unavailable', kind: 'temporary' },
  { source: 'S3 InternalError', message: 'An error occurred (InternalError) when calling the GetBucketPolicy operation (reached max retries: 4): We encountered an internal error. Please try again.', kind: 'temporary' },
  { source: 'botocore ReadTimeoutError', message: 'Read timeout on endpoint URL: "https://ec2.us-east-1.amazonaws.com/"', kind: 'temporary' },
  { source: 'botocore EndpointConnectionError (opt-in region, but no token words)', message: 'Could not connect to the endpoint URL: "https://securityhub.me-south-1.amazonaws.com/"', kind: 'temporary' },
  { source: 'EC2 OptInRequired', message: 'An error occurred (OptInRequired) when calling the DescribeInstances operation: You are not subscribed to this service. Please go to http://aws.amazon.com to subscribe.', kind: 'configuration' },
  { source: 'Security Hub not enabled', message: 'An error occurred (InvalidAccessException) when calling the GetFindings operation: Account 123456789012 is not subscribed to AWS Security Hub', kind: 'configuration', detail: { api: 'AWS Security Hub' } },
  { source: 'Prowler log: disabled opt-in region speaks like a bad key', message: 'ap-east-1 -- ClientError[112]: An error occurred (UnrecognizedClientException) when calling the ListFunctions operation: The security token included in the request is invalid.', kind: 'configuration', detail: { region: 'ap-east-1' } },
  { source: 'Organizations not in use', message: 'An error occurred (AWSOrganizationsNotInUseException) when calling the DescribeOrganization operation: Your account is not a member of an organization.', kind: 'configuration' },
  { source: 'clock skew (InvalidSignatureException)', message: 'An error occurred (InvalidSignatureException) when calling the ListKeys operation: Signature expired: 20240101T000000Z is now earlier than 20240101T001000Z (20240101T010500Z - 5 min.)', kind: 'configuration' },
  { source: 'EC2 RequestExpired', message: 'An error occurred (RequestExpired) when calling the DescribeInstances operation: Request has expired.', kind: 'configuration' },
];

export const AZURE_SAMPLES: Sample[] = [
  { source: 'AADSTS7000215 via azure-identity', message: `ClientSecretCredential authentication failed: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${APP}'.`, kind: 'invalid_credentials', detail: { code: 'AADSTS7000215', connector: APP } },
  { source: 'AADSTS7000222 expired secret', message: `AADSTS7000222: The provided client secret keys for app '${APP}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.`, kind: 'invalid_credentials', detail: { code: 'AADSTS7000222', connector: APP } },
  { source: 'AADSTS700016 app not found', message: `AADSTS700016: Application with identifier '${APP}' was not found in the directory 'contoso'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`, kind: 'invalid_credentials', detail: { connector: APP } },
  // Independent labellers split on it (4 credentials, 3 configuration): the kind that cannot destroy a connector wins.
  { source: 'AADSTS90002 tenant not found', message: "AADSTS90002: Tenant 'aaaabbbb-0000-cccc-1111-dddd2222eeee' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.", kind: 'configuration' },
  { source: 'AADSTS7000218 no secret sent', message: "AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'.", kind: 'invalid_credentials' },
  { source: 'AADSTS700027 bad certificate signature', message: 'AADSTS700027: Client assertion contains an invalid signature.', kind: 'invalid_credentials' },
  { source: 'AADSTS7000112 app disabled', message: `AADSTS7000112: Application '${APP}'(ScanSight scanner) is disabled.`, kind: 'configuration' },
  { source: 'AADSTS53003 conditional access', message: 'AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.', kind: 'configuration' },
  { source: 'AADSTS65001 consent', message: `AADSTS65001: The user or administrator has not consented to use the application with ID '${APP}' named 'scanner'. Send an interactive authorization request for this user and resource.`, kind: 'insufficient_permissions' },
  { source: 'AADSTS90033 transient', message: 'AADSTS90033: A transient error has occurred. Please try again.', kind: 'temporary' },
  { source: 'AADSTS700024 clock skew', message: 'ClientSecretCredential authentication failed: AADSTS700024: Client assertion is not within its valid time range.', kind: 'invalid_credentials' },
  { source: 'unlisted AADSTS code behind "authentication failed"', message: 'ClientSecretCredential authentication failed: AADSTS50000: There was an error issuing a token or an issue with our sign-in service.', kind: 'unknown', detail: { code: 'AADSTS50000' } },
  { source: 'ARM AuthorizationFailed ("refresh your credentials" is not a credential error)', message: `(AuthorizationFailed) The client '11112222-bbbb-3333-cccc-4444dddd5555' with object id '11112222-bbbb-3333-cccc-4444dddd5555' does not have authorization to perform action 'Microsoft.Compute/virtualMachines/read' over scope '/subscriptions/${SUB}' or the scope is invalid. If access was recently granted, please refresh your credentials.`, kind: 'insufficient_permissions', detail: { action: 'Microsoft.Compute/virtualMachines/read', code: 'AuthorizationFailed' } },
  { source: 'ARM SubscriptionNotFound', message: `(SubscriptionNotFound) The subscription '${SUB}' could not be found.`, kind: 'configuration', detail: { code: 'SubscriptionNotFound' } },
  { source: 'ARM MissingSubscriptionRegistration', message: "(MissingSubscriptionRegistration) The subscription is not registered to use namespace 'Microsoft.Security'. See https://aka.ms/rps-not-found for how to register subscriptions.", kind: 'configuration', detail: { api: 'Microsoft.Security' } },
  { source: 'ARM InvalidAuthenticationTokenTenant', message: "(InvalidAuthenticationTokenTenant) The access token is from the wrong issuer 'https://sts.windows.net/aaaabbbb-0000-cccc-1111-dddd2222eeee/'. It must match the tenant 'https://sts.windows.net/bbbbcccc-1111-dddd-2222-eeee3333ffff/' associated with this subscription.", kind: 'configuration' },
  { source: 'Graph Authorization_RequestDenied', message: 'Authorization_RequestDenied: Insufficient privileges to complete the operation.', kind: 'insufficient_permissions' },
  { source: 'Key Vault forbidden', message: `(Forbidden) The user, group or application 'appid=${APP};oid=11112222-bbbb-3333-cccc-4444dddd5555;iss=https://sts.windows.net/aaaabbbb-0000-cccc-1111-dddd2222eeee/' does not have secrets list permission on key vault 'contoso-kv;location=eastus'.`, kind: 'insufficient_permissions', detail: { action: 'secrets list' } },
  { source: 'ARM throttling', message: `(TooManyRequests) Number of 'read' requests for subscription '${SUB}' actor '11112222-bbbb-3333-cccc-4444dddd5555' exceeded. Please try again after '17' seconds after additional tokens are available. Code: SubscriptionRequestsThrottled`, kind: 'temporary' },
  { source: 'Prowler AzureClientIdAndClientSecretNotBelongingToTenantIdError', message: 'The provided client ID and client secret do not belong to the provided tenant ID', kind: 'invalid_credentials' },
  { source: 'Prowler AzureNoSubscriptionsError', message: 'No Azure subscriptions found', kind: 'insufficient_permissions' },
  // Every independent label so far (3) says credentials: the token the connector holds has lapsed.
  { source: 'ARM ExpiredAuthenticationToken', message: "(ExpiredAuthenticationToken) The access token expiry UTC time '1/1/2024 10:00:00 AM' is earlier than current UTC time '1/1/2024 11:00:00 AM'.", kind: 'invalid_credentials' },
];

export const GCP_SAMPLES: Sample[] = [
  { source: 'google-auth invalid JWT signature', message: "google.auth.exceptions.RefreshError: ('invalid_grant: Invalid JWT Signature.', {'error': 'invalid_grant', 'error_description': 'Invalid JWT Signature.'})", kind: 'invalid_credentials', detail: { code: 'invalid_grant' } },
  { source: 'google-auth deleted service account', message: "google.auth.exceptions.RefreshError: ('invalid_grant: Invalid grant: account not found', {'error': 'invalid_grant', 'error_description': 'Invalid grant: account not found'})", kind: 'invalid_credentials' },
  { source: 'google-auth ADC missing', message: 'google.auth.exceptions.DefaultCredentialsError: Your default credentials were not found. To set up Application Default Credentials, see https://cloud.google.com/docs/authentication/external/set-up-adc for more information.', kind: 'invalid_credentials' },
  { source: 'UNAUTHENTICATED', message: 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.', kind: 'invalid_credentials' },
  { source: 'googleapi 401', message: 'googleapi: Error 401: Invalid Credentials, authError', kind: 'invalid_credentials' },
  { source: 'invalid_grant from clock skew', message: 'invalid_grant: Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.', kind: 'configuration' },
  { source: 'SERVICE_DISABLED (sent as PERMISSION_DENIED)', message: '{"error": {"code": 403, "message": "Compute Engine API has not been used in project 123456789012 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/compute.googleapis.com/overview?project=123456789012 then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.", "status": "PERMISSION_DENIED", "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "SERVICE_DISABLED", "domain": "googleapis.com", "metadata": {"service": "compute.googleapis.com"}}]}}', kind: 'configuration', detail: { api: 'compute.googleapis.com', code: 'SERVICE_DISABLED' } },
  { source: 'googleapi accessNotConfigured', message: 'googleapi: Error 403: Service Usage API has not been used in project 1021909506549 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/serviceusage.googleapis.com/overview?project=1021909506549 then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry., accessNotConfigured', kind: 'configuration', detail: { api: 'serviceusage.googleapis.com' } },
  { source: 'BILLING_DISABLED', message: 'This API method requires billing to be enabled. Please enable billing on project #123456789012 by visiting https://console.developers.google.com/billing/enable?project=123456789012 then retry. If you enabled billing for this project recently, wait a few minutes for the action to propagate to our systems and retry.', kind: 'configuration' },
  { source: 'IAM permission denied on resource', message: "Permission 'resourcemanager.projects.get' denied on resource '//cloudresourcemanager.googleapis.com/projects/my-project' (or it may not exist).", kind: 'insufficient_permissions', detail: { action: 'resourcemanager.projects.get' } },
  { source: 'googleapi 403 storage.buckets.list', message: "googleapi: Error 403: scanner@my-project.iam.gserviceaccount.com does not have storage.buckets.list access to the Google Cloud project. Permission 'storage.buckets.list' denied on resource (or it may not exist)., forbidden", kind: 'insufficient_permissions', detail: { action: 'storage.buckets.list', principal: 'scanner@my-project.iam.gserviceaccount.com' } },
  { source: 'Compute required permission', message: "Required 'compute.instances.list' permission for 'projects/my-project'", kind: 'insufficient_permissions', detail: { action: 'compute.instances.list' } },
  { source: 'api_core PermissionDenied', message: 'google.api_core.exceptions.PermissionDenied: 403 The caller does not have permission', kind: 'insufficient_permissions' },
  { source: 'RESOURCE_EXHAUSTED rate quota', message: "RESOURCE_EXHAUSTED: Quota exceeded for quota metric 'Queries' and limit 'Queries per minute' of service 'compute.googleapis.com' for consumer 'project_number:123456789012'.", kind: 'temporary' },
  { source: 'googleapi 429 rateLimitExceeded', message: "googleapi: Error 429: Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute' of service 'cloudresourcemanager.googleapis.com', rateLimitExceeded", kind: 'temporary' },
  { source: 'googleapi 503 backendError', message: 'googleapi: Error 503: The service is currently unavailable., backendError', kind: 'temporary' },
  { source: 'api_core ServiceUnavailable', message: 'google.api_core.exceptions.ServiceUnavailable: 503 failed to connect to all addresses', kind: 'temporary' },
  { source: 'api_core DeadlineExceeded', message: 'google.api_core.exceptions.DeadlineExceeded: 504 Deadline Exceeded', kind: 'temporary' },
];

export const KUBERNETES_SAMPLES: Sample[] = [
  { source: 'RBAC forbidden (service account)', message: 'Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:prowler-ns:prowler-sa" cannot list resource "pods" in API group "" at the cluster scope', kind: 'insufficient_permissions', detail: { action: 'list pods', principal: 'system:serviceaccount:prowler-ns:prowler-sa', code: 'Forbidden' } },
  { source: 'RBAC forbidden (user)', message: 'Error from server (Forbidden): clusterroles.rbac.authorization.k8s.io is forbidden: User "jane" cannot list resource "clusterroles" in API group "rbac.authorization.k8s.io" at the cluster scope', kind: 'insufficient_permissions', detail: { action: 'list clusterroles' } },
  { source: 'kubectl Unauthorized', message: 'error: You must be logged in to the server (Unauthorized)', kind: 'invalid_credentials' },
  { source: 'API Status 401', message: '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401}', kind: 'invalid_credentials' },
  { source: 'kubectl asks for credentials', message: 'error: You must be logged in to the server (the server has asked for the client to provide credentials)', kind: 'invalid_credentials' },
  { source: 'unknown CA', message: 'Unable to connect to the server: x509: certificate signed by unknown authority', kind: 'configuration' },
  { source: 'wrong host', message: 'The connection to the server localhost:8080 was refused - did you specify the right host or port?', kind: 'configuration' },
  { source: 'i/o timeout', message: 'Unable to connect to the server: dial tcp 10.0.0.1:443: i/o timeout', kind: 'temporary' },
  { source: 'TooManyRequests', message: 'Error from server (TooManyRequests): the server has received too many requests and has asked us to try again later', kind: 'temporary' },
  { source: 'ServiceUnavailable', message: 'Error from server (ServiceUnavailable): the server is currently unable to handle the request', kind: 'temporary' },
  { source: 'expired certificate (client or server?)', message: 'Unable to connect to the server: x509: certificate has expired or is not yet valid: current time 2024-01-01T00:00:00Z is after 2023-12-31T23:59:59Z', kind: 'configuration' },
];

export const SEED_SAMPLES: Sample[] = [
  { source: 'seed 003: authentication failed', message: 'Authentication failed: the credentials provided for the cloud account are invalid.', kind: 'invalid_credentials' },
  { source: 'seed 003: invalid credentials', message: 'Invalid credentials', kind: 'invalid_credentials' },
  { source: 'seed 003: temporary processing', message: 'Temporary internal processing error. Retry recommended.', kind: 'temporary' },
  { source: 'platform code only', message: 'Job failed', code: 'INTERNAL_PROCESSING_ERROR', kind: 'temporary', detail: { code: 'INTERNAL_PROCESSING_ERROR' } },
  { source: 'seed 003: unknown processing error', message: 'Unknown processing error while aggregating findings', kind: 'unknown' },
  { source: 'platform: deleted integration', message: 'The scan could not be submitted: integration i-aws-1 does not exist. Select a connected provider and run the scan again.', kind: 'configuration', detail: { connector: 'i-aws-1' } },
  { source: 'platform: scanner rejected the job (422)', message: 'The scan could not be submitted to the scanner: the scanner rejected the job definition (HTTP 422).', kind: 'unknown' },
  { source: 'Python stack trace', message: 'Traceback (most recent call last):\n  File "/app/prowler/lib/check/check.py", line 42, in execute\nKeyError: \'Regions\'', kind: 'unknown' },
  { source: 'Node stack trace', message: "TypeError: Cannot read properties of undefined (reading 'map')\n    at parseFindings (/srv/worker/parse.js:12:34)", kind: 'unknown' },
  { source: 'HTTP 429 in the code field', message: 'Request failed', code: '429', kind: 'temporary' },
  { source: 'HTTP 401 in the code field', message: 'Request failed', code: '401', kind: 'invalid_credentials' },
  { source: 'HTTP 403 in the code field', message: 'Request failed', code: '403', kind: 'insufficient_permissions' },
  { source: 'authentication failed, but throttled', message: 'Authentication failed: An error occurred (Throttling) when calling the GetCallerIdentity operation (reached max retries: 4): Rate exceeded', kind: 'temporary' },
  { source: 'invalid credentials, but access denied', message: 'Invalid credentials? An error occurred (AccessDenied) when calling the ListUsers operation: User: arn:aws:iam::123456789012:user/scanner is not authorized to perform: iam:ListUsers', kind: 'insufficient_permissions' },
  { source: 'empty message', message: '', kind: 'unknown' },
  { source: 'a 403 status line over an expired-token body (AWS sends 403 for it)', message: 'AccessDeniedError: 403 Forbidden\n<Error><Code>ExpiredToken</Code><Message>The security token included in the request is expired</Message></Error>', kind: 'invalid_credentials', detail: { code: 'ExpiredToken' } },
  { source: 'a 403 that is a rate limit', message: 'GET /repos/acme/infra/actions/runs failed: status 403, API rate limit exceeded for installation', kind: 'temporary' },
  { source: 'a 403 that is a held account', message: 'HTTP 403: the account has been suspended; contact the account owner', kind: 'configuration' },
  { source: 'a bare 403 with nothing more', message: 'Request to https://api.example.com/v2/assets returned 403 Forbidden', kind: 'insufficient_permissions' },
  { source: 'a host no resolver knows (macOS wording)', message: 'Failed to establish a new connection: [Errno 8] nodename nor servname provided, or not known', kind: 'configuration' },
  { source: 'a resolver that failed for now', message: 'Failed to establish a new connection: [Errno -3] Temporary failure in name resolution', kind: 'temporary' },
  { source: 'ARM: Azure Policy denies the request', message: "RequestDisallowedByPolicy: Resource 'vm1' was disallowed by policy. Policy identifiers: '[{\"policyAssignment\":{\"name\":\"Allowed locations\"}}]'.", kind: 'configuration' },
  { source: 'ARM: provider not registered for a location', message: "(MissingRegistrationForLocation) The subscription is not registered for the resource type 'components' in the location 'centralus'.", kind: 'configuration' },
  { source: 'EC2: an id that does not exist', message: 'An error occurred (InvalidGroup.NotFound) when calling the DescribeSecurityGroups operation', kind: 'configuration' },
  { source: 'kubectl: unknown context', message: 'error: no context exists with the name: "prod"', kind: 'configuration' },
  { source: 'kubectl: a failed credential plugin behind a connection error', message: 'Unable to connect to the server: getting credentials: exec: executable gke-gcloud-auth-plugin failed with exit code 1', kind: 'unknown' },
  { source: 'database connection dropped', message: 'OperationalError: server closed the connection unexpectedly', kind: 'temporary' },
  { source: 'an explicit deny without naming the policy type', message: 'User is not authorized to access this resource with an explicit deny', kind: 'insufficient_permissions' },
];

export const ALL_SAMPLES: Sample[] = [...AWS_SAMPLES, ...AZURE_SAMPLES, ...GCP_SAMPLES, ...KUBERNETES_SAMPLES, ...SEED_SAMPLES];
