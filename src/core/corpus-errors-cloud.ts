import type { CorpusMessage } from './corpus-error-messages.ts';

/**
 * More provider wording, quoted: AWS's common API errors (the description each service's
 * CommonErrors page gives, wrapped as botocore's ClientError prints it), botocore's own exception
 * messages, Google's canonical error codes, Kubernetes API server and kubectl messages, Azure
 * Resource Manager errors and bare HTTP status lines. Operation names, ids and hosts are placeholders.
 * Clock skew (RequestExpired, RequestTimeTooSkewed) is `unknown`, as the classifier decides it: neither
 * a re-run nor new credentials fix a host clock.
 */
const AWS_COMMON = 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/CommonErrors.html';
const IAM_COMMON = 'https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html';
const MGN_COMMON = 'https://docs.aws.amazon.com/mgn/latest/APIReference/CommonErrors.html';
const BOTO = 'boto/botocore:botocore/exceptions.py';
const GOOGLE = 'https://cloud.google.com/apis/design/errors (google.rpc.Code)';
const K8S = 'kubernetes/apimachinery:pkg/api/errors/errors.go; kubernetes/kubectl';
const ARM = 'https://learn.microsoft.com/en-us/azure/azure-resource-manager/troubleshooting/common-deployment-errors';
const HTTP = 'https://www.rfc-editor.org/rfc/rfc9110#section-15';

const aws = (code: string, op: string, text: string) => `An error occurred (${code}) when calling the ${op} operation: ${text}`;

export const CLOUD_MESSAGES: readonly CorpusMessage[] = [
  { message: aws('AccessDeniedException', 'DescribeDBInstances', 'You do not have sufficient access to perform this action.'), kind: 'insufficient_permissions', source: AWS_COMMON },
  { message: aws('IncompleteSignature', 'ListClusters', 'The request signature does not conform to AWS standards.'), kind: 'invalid_credentials', source: AWS_COMMON },
  { message: aws('InternalFailure', 'DescribeDBClusters', 'The request processing has failed because of an unknown error, exception or failure.'), kind: 'temporary', source: AWS_COMMON },
  { message: aws('InvalidClientTokenId', 'ListClusters', 'The X.509 certificate or AWS access key ID provided does not exist in our records.'), kind: 'invalid_credentials', source: AWS_COMMON },
  { message: aws('MissingAuthenticationToken', 'DescribeDomains', 'The request must contain either a valid (registered) AWS access key ID or X.509 certificate.'), kind: 'invalid_credentials', source: AWS_COMMON },
  { message: aws('NotAuthorized', 'ListClusters', 'You do not have permission to perform this action.'), kind: 'insufficient_permissions', source: AWS_COMMON },
  { message: aws('OptInRequired', 'DescribeDBInstances', 'The AWS access key ID needs a subscription for the service.'), kind: 'configuration', source: AWS_COMMON },
  { message: aws('RequestExpired', 'ListClusters', 'The request reached the service more than 15 minutes after the date stamp on the request or more than 15 minutes after the request expiration date (such as for pre-signed URLs), or the date stamp on the request is more than 15 minutes in the future.'), kind: 'unknown', source: AWS_COMMON },
  { message: aws('ServiceUnavailable', 'DescribeDBSnapshots', 'The request has failed due to a temporary failure of the server.'), kind: 'temporary', source: AWS_COMMON },
  { message: aws('ThrottlingException', 'DescribeDBClusterSnapshots', 'The request was denied due to request throttling.'), kind: 'temporary', source: AWS_COMMON },
  { message: aws('ExpiredTokenException', 'GetJob', 'The security token included in the request is expired'), kind: 'invalid_credentials', source: MGN_COMMON },
  { message: aws('AccessDeniedException', 'GetAccountAuthorizationDetails', "You don't have permission to perform this action. Verify that your IAM policy includes the required permissions."), kind: 'insufficient_permissions', source: IAM_COMMON },
  { message: aws('ExpiredTokenException', 'ListRoles', 'The security token included in the request has expired. Request a new security token and try again.'), kind: 'invalid_credentials', source: IAM_COMMON },
  { message: aws('IncompleteSignature', 'ListUsers', "The request signature doesn't conform to AWS standards. Verify that you're using valid AWS credentials and that your request is properly formatted. If you're using an SDK, ensure it's up to date."), kind: 'invalid_credentials', source: IAM_COMMON },
  { message: aws('InternalFailure', 'GenerateCredentialReport', "The request can't be processed right now because of an internal server issue. Try again later. If the problem persists, contact AWS Support."), kind: 'temporary', source: IAM_COMMON },
  { message: aws('ThrottlingException', 'ListPolicies', 'Rate exceeded'), kind: 'temporary', source: IAM_COMMON },
  { message: aws('AccessDenied', 'GetBucketPolicy', 'Access Denied'), kind: 'insufficient_permissions', source: 'https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html' },
  { message: aws('SlowDown', 'ListObjectsV2', 'Please reduce your request rate.'), kind: 'temporary', source: 'https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html' },
  { message: aws('InvalidAccessKeyId', 'ListBuckets', 'The AWS Access Key Id you provided does not exist in our records.'), kind: 'invalid_credentials', source: 'https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html' },
  // relabelled by docs/error-kinds.md (clock skew): was unknown
  { message: aws('RequestTimeTooSkewed', 'ListBuckets', "The difference between the request time and the server's time is too large."), kind: 'configuration', source: 'https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html' },

  { message: 'botocore.exceptions.ConnectTimeoutError: Connect timeout on endpoint URL: "https://sts.amazonaws.com/"', kind: 'temporary', source: BOTO },
  { message: 'botocore.exceptions.ConnectionClosedError: Connection was closed before we received a valid response from endpoint URL: "https://ec2.us-east-1.amazonaws.com/".', kind: 'temporary', source: BOTO },
  { message: 'botocore.exceptions.ProxyConnectionError: Failed to connect to proxy URL: "http://proxy.internal:3128"', kind: 'configuration', source: BOTO },
  { message: 'botocore.exceptions.SSLError: SSL validation failed for https://ec2.us-east-1.amazonaws.com/ [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed', kind: 'configuration', source: BOTO },
  { message: 'botocore.exceptions.UnknownEndpointError: Unable to construct an endpoint for securityhub in region mars-east-1', kind: 'configuration', source: BOTO },
  { message: "botocore.exceptions.InvalidRegionError: Provided region_name 'us east 1' doesn't match a supported format.", kind: 'configuration', source: BOTO },
  { message: 'botocore.exceptions.ConfigNotFound: The specified config file (/home/prowler/.aws/config) could not be found.', kind: 'configuration', source: BOTO },
  { message: 'botocore.exceptions.ConfigParseError: Unable to parse config file: /home/prowler/.aws/credentials', kind: 'configuration', source: BOTO },
  { message: 'botocore.exceptions.ServiceNotInRegionError: Service securityhub not available in region ap-east-2', kind: 'configuration', source: BOTO },
  { message: 'botocore.exceptions.HTTPClientError: An HTTP Client raised an unhandled exception: Connection reset by peer', kind: 'temporary', source: BOTO },
  { message: 'botocore.exceptions.IncompleteReadError: 1024 read, but total bytes expected is 4096.', kind: 'temporary', source: BOTO },
  { message: 'botocore.exceptions.TokenRetrievalError: Error when retrieving token from sso: Token has expired and refresh failed', kind: 'invalid_credentials', source: BOTO },
  { message: 'botocore.exceptions.SSOTokenLoadError: Error loading SSO Token: Token for prowler-sso does not exist', kind: 'invalid_credentials', source: BOTO },
  { message: 'botocore.exceptions.InvalidConfigError: The source profile "audit" must have credentials.', kind: 'invalid_credentials', source: BOTO },

  { message: '<HttpError 400 "Client specified an invalid argument. Check error message and error details for more information." (INVALID_ARGUMENT)>', kind: 'configuration', source: GOOGLE },
  { message: '<HttpError 400 "Request can not be executed in the current system state, such as deleting a non-empty directory." (FAILED_PRECONDITION)>', kind: 'configuration', source: GOOGLE },
  { message: '<HttpError 401 "Request not authenticated due to missing, invalid, or expired OAuth token." (UNAUTHENTICATED)>', kind: 'invalid_credentials', source: GOOGLE },
  { message: "<HttpError 403 \"The caller does not have permission\" (PERMISSION_DENIED)>", kind: 'insufficient_permissions', source: GOOGLE },
  { message: '<HttpError 404 "A specified resource is not found." (NOT_FOUND)>', kind: 'configuration', source: GOOGLE },
  { message: '<HttpError 409 "Concurrency conflict, such as read-modify-write conflict." (ABORTED)>', kind: 'temporary', source: GOOGLE },
  { message: '<HttpError 429 "Either out of resource quota or reaching rate limiting." (RESOURCE_EXHAUSTED)>', kind: 'temporary', source: GOOGLE },
  { message: '<HttpError 500 "Internal server error. Typically a server bug." (INTERNAL)>', kind: 'temporary', source: GOOGLE },
  { message: '<HttpError 503 "Service unavailable. Typically the server is down." (UNAVAILABLE)>', kind: 'temporary', source: GOOGLE },
  { message: '<HttpError 504 "Request deadline exceeded. This will happen only if the caller sets a deadline that is shorter than the method\'s default deadline." (DEADLINE_EXCEEDED)>', kind: 'temporary', source: GOOGLE },
  { message: "google.api_core.exceptions.PermissionDenied: 403 Permission 'cloudasset.assets.searchAllResources' denied on resource 'organizations/123456789012'", kind: 'insufficient_permissions', source: 'googleapis/python-api-core:google/api_core/exceptions.py' },
  { message: 'google.api_core.exceptions.ServiceUnavailable: 503 The service is currently unavailable.', kind: 'temporary', source: 'googleapis/python-api-core:google/api_core/exceptions.py' },
  { message: 'google.api_core.exceptions.DeadlineExceeded: 504 Deadline Exceeded', kind: 'temporary', source: 'googleapis/python-api-core:google/api_core/exceptions.py' },
  { message: 'google.api_core.exceptions.Unauthenticated: 401 Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.', kind: 'invalid_credentials', source: 'googleapis/python-api-core:google/api_core/exceptions.py' },
  { message: "google.auth.exceptions.RefreshError: ('invalid_grant: Token has been expired or revoked.', {'error': 'invalid_grant', 'error_description': 'Token has been expired or revoked.'})", kind: 'invalid_credentials', source: 'googleapis/google-auth-library-python:google/oauth2/_client.py' },
  { message: "google.auth.exceptions.RefreshError: ('invalid_grant: Invalid grant: account not found', {'error': 'invalid_grant', 'error_description': 'Invalid grant: account not found'})", kind: 'invalid_credentials', source: 'googleapis/google-auth-library-python:google/oauth2/_client.py' },
  { message: 'google.auth.exceptions.TransportError: HTTPSConnectionPool(host=\'oauth2.googleapis.com\', port=443): Max retries exceeded with url: /token', kind: 'temporary', source: 'googleapis/google-auth-library-python:google/auth/exceptions.py' },

  { message: 'Unauthorized', kind: 'invalid_credentials', source: K8S },
  { message: 'error: You must be logged in to the server (Unauthorized)', kind: 'invalid_credentials', source: K8S },
  { message: 'the server has asked for the client to provide credentials', kind: 'invalid_credentials', source: K8S },
  { message: 'Error from server (Forbidden): nodes is forbidden: User "system:serviceaccount:prowler:prowler-sa" cannot list resource "nodes" in API group "" at the cluster scope', kind: 'insufficient_permissions', source: K8S },
  { message: 'clusterroles.rbac.authorization.k8s.io is forbidden: User "prowler" cannot list resource "clusterroles" in API group "rbac.authorization.k8s.io" at the cluster scope', kind: 'insufficient_permissions', source: K8S },
  { message: 'Error from server (ServiceUnavailable): the server is currently unable to handle the request', kind: 'temporary', source: K8S },
  { message: 'Error from server (Timeout): the server was unable to return a response in the time allotted, but may still be processing the request', kind: 'temporary', source: K8S },
  { message: 'Error from server (TooManyRequests): the server has received too many requests and has asked us to try again later', kind: 'temporary', source: K8S },
  { message: 'Error from server (InternalError): an error on the server ("") has prevented the request from succeeding', kind: 'temporary', source: K8S },
  { message: 'Unable to connect to the server: dial tcp 10.0.0.1:443: i/o timeout', kind: 'temporary', source: K8S },
  { message: 'Unable to connect to the server: x509: certificate signed by unknown authority', kind: 'configuration', source: K8S },
  { message: 'invalid configuration: no configuration has been provided, try setting KUBERNETES_MASTER environment variable', kind: 'configuration', source: K8S },
  { message: 'error loading config file "/root/.kube/config": yaml: line 7: did not find expected key', kind: 'configuration', source: K8S },
  { message: 'Error from server (NotFound): namespaces "prowler" not found', kind: 'configuration', source: K8S },
  { message: 'kubernetes.client.exceptions.ApiException: (503) Reason: Service Unavailable', kind: 'temporary', source: 'kubernetes-client/python:kubernetes/client/exceptions.py' },
  { message: 'kubernetes.client.exceptions.ApiException: (500) Reason: Internal Server Error', kind: 'temporary', source: 'kubernetes-client/python:kubernetes/client/exceptions.py' },
  { message: 'kubernetes.config.config_exception.ConfigException: Invalid kube-config file. No configuration found.', kind: 'configuration', source: 'kubernetes-client/python:kubernetes/config/kube_config.py' },
  { message: 'kubernetes.config.config_exception.ConfigException: Service host/port is not set.', kind: 'configuration', source: 'kubernetes-client/python:kubernetes/config/incluster_config.py' },

  { message: "(AuthorizationFailed) The client '00000000-0000-0000-0000-000000000000' with object id '00000000-0000-0000-0000-000000000000' does not have authorization to perform action 'Microsoft.Resources/subscriptions/resourceGroups/read' over scope '/subscriptions/00000000-0000-0000-0000-000000000000' or the scope is invalid.", kind: 'insufficient_permissions', source: ARM },
  { message: "(InvalidAuthenticationTokenTenant) The access token is from the wrong issuer 'https://sts.windows.net/00000000-0000-0000-0000-000000000000/'. It must match the tenant 'https://sts.windows.net/11111111-1111-1111-1111-111111111111/' associated with this subscription.", kind: 'invalid_credentials', source: ARM },
  { message: '(ExpiredAuthenticationToken) The access token expiry UTC time is earlier than current UTC time.', kind: 'invalid_credentials', source: ARM },
  { message: "(MissingSubscriptionRegistration) The subscription is not registered to use namespace 'Microsoft.Security'. See https://aka.ms/rps-not-found for how to register subscriptions.", kind: 'configuration', source: ARM },
  { message: "(ResourceGroupNotFound) Resource group 'prowler-rg' could not be found.", kind: 'configuration', source: ARM },
  { message: "(SubscriptionNotRegistered) The subscription '00000000-0000-0000-0000-000000000000' is not registered to use resource provider 'Microsoft.Security'.", kind: 'configuration', source: ARM },
  { message: '(TooManyRequests) The request is being throttled as the limit has been reached for operation type - Read_ObservationWindow_00:05:00.', kind: 'temporary', source: ARM },
  { message: '(ServerTimeout) The request timed out. Diagnostic information: timestamp 20260101T000000Z.', kind: 'temporary', source: ARM },
  { message: '(InternalServerError) Encountered internal server error. Diagnostic information: timestamp 20260101T000000Z.', kind: 'temporary', source: ARM },
  { message: "(InvalidAuthenticationToken) The received access token is not valid: at least one of the claims 'puid' or 'altsecid' or 'oid' should be present.", kind: 'invalid_credentials', source: ARM },
  { message: 'azure.core.exceptions.ServiceRequestError: <urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution', kind: 'temporary', source: 'Azure/azure-sdk-for-python:sdk/core/azure-core/azure/core/exceptions.py' },
  { message: 'ManagedIdentityCredential authentication unavailable, no response from the IMDS endpoint.', kind: 'invalid_credentials', source: 'Azure/azure-sdk-for-python:sdk/identity/azure-identity/azure/identity/_credentials/imds.py' },
  { message: "AzureCliCredential: Azure CLI not found on path", kind: 'invalid_credentials', source: 'Azure/azure-sdk-for-python:sdk/identity/azure-identity/azure/identity/_credentials/azure_cli.py' },
  { message: "AzureCliCredential: Please run 'az login' to set up an account", kind: 'invalid_credentials', source: 'Azure/azure-sdk-for-python:sdk/identity/azure-identity/azure/identity/_credentials/azure_cli.py' },

  { message: '500 Internal Server Error', kind: 'temporary', source: HTTP },
  { message: 'HTTP/1.1 503 Service Unavailable', kind: 'temporary', source: HTTP },
  { message: '429 Too Many Requests', kind: 'temporary', source: HTTP },
  { message: 'HTTP 408 Request Timeout', kind: 'temporary', source: HTTP },
  { message: 'HTTP Error 401: Unauthorized', kind: 'invalid_credentials', source: HTTP },
  { message: 'HTTP Error 403: Forbidden', kind: 'insufficient_permissions', source: HTTP },
  { message: 'requests.exceptions.ConnectionError: HTTPSConnectionPool(host=\'api.github.com\', port=443): Max retries exceeded with url: /user (Caused by NewConnectionError(\'Failed to establish a new connection: [Errno 111] Connection refused\'))', kind: 'temporary', source: 'psf/requests:src/requests/exceptions.py' },
  { message: 'requests.exceptions.ReadTimeout: HTTPSConnectionPool(host=\'graph.microsoft.com\', port=443): Read timed out. (read timeout=30)', kind: 'temporary', source: 'psf/requests:src/requests/exceptions.py' },
];
