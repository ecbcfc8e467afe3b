import type { ErrorKind } from './types.ts';

/**
 * Error messages as providers and SDKs print them, each with its kind and where its wording comes
 * from (a documentation page or a file in an SDK's source). Quoted wording, not paraphrase; account
 * ids, ARNs and request ids are the providers' own documentation placeholders. The wording was
 * written down from these sources during issue 17, not re-fetched by the test.
 */
export interface CorpusMessage { message: string; kind: ErrorKind; source: string }

const AWS_CODES = 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html';
const STS = 'https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html';
const AADSTS = 'https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes';
const GCP = 'https://cloud.google.com/apis/design/errors';
const BOTO = 'boto/botocore:botocore/exceptions.py';
const AZID = 'Azure/azure-sdk-for-python:sdk/identity/azure-identity/azure/identity/_exceptions.py';
const GAUTH = 'googleapis/google-auth-library-python:google/auth/exceptions.py';
const K8S = 'kubernetes-client/python:kubernetes/client/exceptions.py';
const HTTP = 'https://www.rfc-editor.org/rfc/rfc9110#section-15';

export const ERROR_MESSAGES: readonly CorpusMessage[] = [
  { message: 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.', kind: 'invalid_credentials', source: STS },
  { message: 'An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.', kind: 'invalid_credentials', source: STS },
  { message: 'An error occurred (ExpiredToken) when calling the DescribeInstances operation: The security token included in the request is expired', kind: 'invalid_credentials', source: AWS_CODES },
  { message: 'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::123456789012:user/scanner is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/ProwlerScan', kind: 'insufficient_permissions', source: STS },
  { message: 'An error occurred (AccessDeniedException) when calling the GetFindings operation: User: arn:aws:sts::123456789012:assumed-role/ProwlerScan/prowler is not authorized to perform: securityhub:GetFindings', kind: 'insufficient_permissions', source: 'https://docs.aws.amazon.com/securityhub/1.0/APIReference/CommonErrors.html' },
  { message: 'An error occurred (UnauthorizedOperation) when calling the DescribeInstances operation: You are not authorized to perform this operation.', kind: 'insufficient_permissions', source: AWS_CODES },
  { message: 'An error occurred (Throttling) when calling the DescribeStacks operation (reached max retries: 4): Rate exceeded', kind: 'temporary', source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/CommonErrors.html' },
  { message: 'An error occurred (RequestLimitExceeded) when calling the DescribeSnapshots operation: Request limit exceeded.', kind: 'temporary', source: AWS_CODES },
  { message: 'An error occurred (ServiceUnavailable) when calling the ListBuckets operation: Service is unable to handle request.', kind: 'temporary', source: AWS_CODES },
  { message: 'An error occurred (InternalError) when calling the DescribeVpcs operation: An internal error has occurred.', kind: 'temporary', source: AWS_CODES },
  { message: 'An error occurred (OptInRequired) when calling the DescribeInstances operation: You are not subscribed to this service. Please go to http://aws.amazon.com to subscribe.', kind: 'configuration', source: AWS_CODES },
  { message: 'An error occurred (AuthFailure) when calling the DescribeRegions operation: AWS was not able to validate the provided access credentials', kind: 'invalid_credentials', source: AWS_CODES },
  { message: 'botocore.exceptions.NoCredentialsError: Unable to locate credentials', kind: 'invalid_credentials', source: BOTO },
  { message: 'botocore.exceptions.PartialCredentialsError: Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY', kind: 'invalid_credentials', source: BOTO },
  { message: 'botocore.exceptions.NoRegionError: You must specify a region.', kind: 'configuration', source: BOTO },
  { message: 'botocore.exceptions.ProfileNotFound: The config profile (prowler) could not be found', kind: 'configuration', source: BOTO },
  { message: 'botocore.exceptions.EndpointConnectionError: Could not connect to the endpoint URL: "https://ec2.ap-east-1.amazonaws.com/"', kind: 'temporary', source: BOTO },
  { message: 'botocore.exceptions.ReadTimeoutError: Read timeout on endpoint URL: "https://s3.eu-west-1.amazonaws.com/"', kind: 'temporary', source: BOTO },
  { message: 'botocore.exceptions.CredentialRetrievalError: Error when retrieving credentials from container-role: Error retrieving metadata', kind: 'invalid_credentials', source: BOTO },
  { message: 'botocore.exceptions.UnauthorizedSSOTokenError: The SSO session associated with this profile has expired or is otherwise invalid.', kind: 'invalid_credentials', source: BOTO },
  { message: "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '00000000-0000-0000-0000-000000000000'.", kind: 'invalid_credentials', source: AADSTS },
  { message: 'AADSTS700016: Application with identifier was not found in the directory.', kind: 'invalid_credentials', source: AADSTS },
  // The tenant id is part of the connector's credentials (error-rules-azure.ts): a wrong one means re-entering them.
  { message: "AADSTS90002: Tenant '00000000-0000-0000-0000-000000000000' not found.", kind: 'invalid_credentials', source: AADSTS },
  { message: 'AADSTS7000222: The provided client secret keys for app are expired.', kind: 'invalid_credentials', source: AADSTS },
  { message: "azure.core.exceptions.HttpResponseError: (AuthorizationFailed) The client 'x' with object id 'y' does not have authorization to perform action 'Microsoft.Security/pricings/read' over scope '/subscriptions/z'", kind: 'insufficient_permissions', source: 'https://learn.microsoft.com/en-us/azure/role-based-access-control/troubleshooting' },
  { message: "azure.identity._exceptions.CredentialUnavailableError: EnvironmentCredential authentication unavailable. Environment variables are not fully configured.", kind: 'invalid_credentials', source: AZID },
  { message: 'azure.core.exceptions.ClientAuthenticationError: Authentication failed: invalid_client', kind: 'invalid_credentials', source: 'Azure/azure-sdk-for-python:sdk/core/azure-core/azure/core/exceptions.py' },
  { message: 'DefaultAzureCredential failed to retrieve a token from the included credentials.', kind: 'invalid_credentials', source: 'Azure/azure-sdk-for-python:sdk/identity/azure-identity/azure/identity/_credentials/default.py' },
  { message: "(SubscriptionNotFound) The subscription '00000000-0000-0000-0000-000000000000' could not be found.", kind: 'configuration', source: 'https://learn.microsoft.com/en-us/azure/azure-resource-manager/troubleshooting/error-not-found' },
  { message: 'The operation was interrupted by a temporary internal error. Please retry later.', kind: 'temporary', source: 'https://learn.microsoft.com/en-us/rest/api/storageservices/common-rest-api-error-codes' },
  { message: 'google.auth.exceptions.RefreshError: (\'invalid_grant: Invalid JWT Signature.\', {\'error\': \'invalid_grant\'})', kind: 'invalid_credentials', source: GAUTH },
  { message: 'google.auth.exceptions.DefaultCredentialsError: Could not automatically determine credentials.', kind: 'invalid_credentials', source: GAUTH },
  { message: 'googleapiclient.errors.HttpError: <HttpError 403 "Cloud Resource Manager API has not been used in project 123456789012 before or it is disabled.">', kind: 'configuration', source: GCP },
  { message: "<HttpError 403 \"Permission 'compute.instances.list' denied on resource\">", kind: 'insufficient_permissions', source: GCP },
  { message: '<HttpError 429 "Quota exceeded for quota metric \'Read requests\' and limit \'Read requests per minute\'">', kind: 'temporary', source: GCP },
  { message: '<HttpError 503 "The service is currently unavailable.">', kind: 'temporary', source: GCP },
  { message: 'kubernetes.client.exceptions.ApiException: (401) Reason: Unauthorized', kind: 'invalid_credentials', source: K8S },
  { message: 'kubernetes.client.exceptions.ApiException: (403) Reason: Forbidden HTTP response body: {"message":"pods is forbidden: User \\"system:serviceaccount:prowler:scan\\" cannot list resource \\"pods\\" in API group \\"\\" at the cluster scope"}', kind: 'insufficient_permissions', source: K8S },
  { message: 'kubernetes.config.config_exception.ConfigException: Invalid kube-config file. No configuration found.', kind: 'configuration', source: 'kubernetes-client/python-base:config/kube_config.py' },
  { message: 'HTTP/1.1 503 Service Unavailable', kind: 'temporary', source: HTTP },
  { message: '502 Bad Gateway', kind: 'temporary', source: HTTP },
  { message: '504 Gateway Time-out', kind: 'temporary', source: 'nginx/nginx:src/http/ngx_http_special_response.c' },
  { message: '500 Internal Server Error', kind: 'temporary', source: HTTP },
  { message: '429 Too Many Requests', kind: 'temporary', source: HTTP },
  { message: '401 Unauthorized', kind: 'invalid_credentials', source: HTTP },
  { message: '403 Forbidden', kind: 'insufficient_permissions', source: HTTP },
];
