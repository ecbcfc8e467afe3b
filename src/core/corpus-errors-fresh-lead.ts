import type { CorpusMessage } from './corpus-error-messages.ts';

/**
 * Held-back messages gathered by the rule-writer on 2026-12-05, after the rules were frozen (commit
 * 09376e9 and the AADSTS50000 fix): public issue threads where users paste what their tools printed.
 * Labelled before the classifier was run on any of them (the labelling guide of the helper's set,
 * corpus-errors-fresh.ts). Ids, hosts and account numbers are placeholders where the thread had real ones.
 */
const PROWLER = (n: number) => `https://github.com/prowler-cloud/prowler/issues/${n}`;
const KUBECTL = (repo: string, n: number) => `https://github.com/${repo}/issues/${n}`;

export const LEAD_FRESH_MESSAGES: readonly CorpusMessage[] = [
  // AWS, from Prowler and other scanners' threads
  { message: "[File: aws_provider.py:1092] [Module: aws_provider] CRITICAL: ClientError[1075] -- An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::123456789012:assumed-role/ProwlerCodeBuildRole/AWSCodeBuild-1 is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/service-role/ProwlerMemberRole", kind: 'insufficient_permissions', source: PROWLER(8250) },
  { message: 'AWSAssumeRoleError[1012]: AWS assume role error - An error occurred (InvalidClientTokenId) when calling the AssumeRole operation: The security token included in the request is invalid.', kind: 'invalid_credentials', source: PROWLER(10689) },
  { message: 'Authentication failure: An error occurred (AccessDenied) when calling the AssumeRole operation: Access denied', kind: 'insufficient_permissions', source: 'https://github.com/nccgroup/ScoutSuite/issues/481' },
  { message: '- [Module: dynamodb_service]\t ERROR: eu-west-1 -- type[104]: An error occurred (AccessDeniedException) when calling the GetResourcePolicy operation: User: arn:aws:sts::123456789012:assumed-role/ProwlerMemberRole/ProwlerAssessmentSession is not authorized to perform: dynamodb:GetResourcePolicy on resource: arn:aws:dynamodb:eu-west-1:123456789012:table/x', kind: 'insufficient_permissions', source: 'https://github.com/awslabs/aws-security-assessment-solution/pull/15' },
  // why: the thread's cause is a region the service does not exist in; the text says only that the endpoint could not be reached
  { message: 'botocore.exceptions.EndpointConnectionError: Could not connect to the endpoint URL: "https://s3express-control.eu-central-1.amazonaws.com/"', kind: 'temporary', source: 'https://github.com/boto/boto3/issues/4684' },
  { message: 'urllib3.exceptions.NewConnectionError: <botocore.awsrequest.AWSHTTPSConnection object at 0x10ed6c4e0>: Failed to establish a new connection: [Errno 8] nodename nor servname provided, or not known', kind: 'configuration', source: 'https://github.com/boto/boto3/issues/2003' },
  { message: 'Could not connect to the endpoint URL: "https://eks.ap-northeast-3.amazonaws.com/clusters"', kind: 'temporary', source: PROWLER(662) },

  // Kubernetes (kubectl, client-go)
  { message: "couldn't get current server API group list\nUnable to connect to the server: EOF", kind: 'temporary', source: KUBECTL('kubernetes/kubectl', 1339) },
  { message: 'Unable to connect to the server: net/url: invalid control character in URL', kind: 'configuration', source: KUBECTL('opsnull/follow-me-install-kubernetes-cluster', 535) },
  { message: 'kubectl error :Unable to connect to the server: dial tcp 192.168.99.100:8443: i/o timeout', kind: 'temporary', source: KUBECTL('hasura/support', 287) },
  { message: 'The connection to the server 127.0.0.1:8080 was refused - did you specify the right host or port?', kind: 'configuration', source: KUBECTL('kubernetes/kubectl', 549) },
  { message: 'Unable to connect to the server: net/http: TLS handshake timeout', kind: 'temporary', source: KUBECTL('kubernetes/kubernetes', 62997) },
  { message: 'unable to connect to the server: dial 10.0.0.5:6443: getsockopt: no route to host', kind: 'temporary', source: KUBECTL('kubernetes/kubernetes', 56204) },
  { message: 'Unable to connect to the server: read tcp 127.0.0.1:63069->127.0.0.1:6443: wsarecv: An established connection was aborted by the software in your host machine.', kind: 'temporary', source: KUBECTL('kubernetes/kubectl', 701) },
  { message: 'the server doesn\'t have a resource type "po"', kind: 'configuration', source: KUBECTL('kubernetes/kubernetes', 57198) },

  // Google Cloud
  { message: '{"error":{"code":403,"message":"Routes API has not been used in project 123456789012 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/routes.googleapis.com/overview?project=123456789012 then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.","status":"PERMISSION_DENIED"}}', kind: 'configuration', source: 'https://github.com/vivet/GoogleApi/issues/397' },
  { message: '{"error":{"errors":[{"domain":"global","reason":"forbidden","message":"Forbidden"}],"code":403,"message":"Forbidden"}}', kind: 'insufficient_permissions', source: 'https://github.com/spatie/laravel-google-calendar/issues/64' },
  { message: "Error reading primary calendar: Forbidden response from API: 403, message='Forbidden', url=URL('https://www.googleapis.com/calendar/v3/calendars/primary')", kind: 'insufficient_permissions', source: 'https://github.com/home-assistant/core/issues/87886' },
  { message: '-> System.Net.WebException : The remote server returned an error: (403) Forbidden.', kind: 'insufficient_permissions', source: 'https://github.com/google/google-gdata/issues/613' },
  { message: 'google.auth.exceptions.RefreshError: (\'invalid_grant: Invalid grant: account not found\', u\'{"error":"invalid_grant","error_description":"Invalid grant: account not found"}\')', kind: 'invalid_credentials', source: 'https://github.com/google/oculi/issues/5' },
  { message: 'google.auth.exceptions.RefreshError: (\'invalid_grant: Bad Request\', \'{\\n  "error": "invalid_grant",\\n  "error_description": "Bad Request"\\n}\')', kind: 'invalid_credentials', source: 'https://github.com/googleapis/google-auth-library-python/issues/1043' },
  { message: 'Failed to retrieve access token: {\n  "error" : "invalid_grant"\n}', kind: 'invalid_credentials', source: 'https://github.com/google/googleapps-message-recall/issues/3' },

  // Azure: Entra ID, ARM, storage
  { message: "ERROR: AADSTS700016: Application with identifier '00000000-0000-0000-0000-000000000000' was not found in the directory 'Microsoft Services'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.", kind: 'invalid_credentials', source: 'https://github.com/Azure/azure-cli/issues/30456' },
  { message: 'Get Token request returned http error: 400 and server response: {"error":"invalid_grant","error_description":"AADSTS50126: Error validating credentials due to invalid username or password.\\r\\nTrace ID: 00000000-0000-0000-0000-000000000000","error_codes":[50126]}', kind: 'invalid_credentials', source: 'https://github.com/Azure/azure-cli/issues/18647' },
  { message: 'Add-AzureAccount : AADSTS50001: The application named https://management.core.windows.net/ was not found in the tenant named contoso.onmicrosoft.com.  This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.  You might have sent your authentication request to the wrong tenant.', kind: 'configuration', source: 'https://github.com/Azure/azure-powershell/issues/2165' },
  { message: 'MSIS9605: The client is not allowed to access the requested resource.', kind: 'insufficient_permissions', source: 'https://github.com/Azure/azure-cli/issues/20403' },
  { message: 'azure.core.exceptions.HttpResponseError: This request is not authorized to perform this operation using this permission.\nRequestId:00000000\nErrorCode:AuthorizationPermissionMismatch', kind: 'insufficient_permissions', source: 'https://github.com/drivendataorg/cloudpathlib/issues/486' },
  { message: "status code 403, {\"error\":{\"code\":\"AuthorizationFailed\",\"message\":\"The client 'user@example.com' with object id '00000000-0000-0000-0000-000000000000' does not have authorization to perform action 'Microsoft.Resources/subscriptions/resourcegroups/read' over scope '/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups/rg1' or the scope is invalid. If access was recently granted, please refresh your credentials.\"}}", kind: 'insufficient_permissions', source: 'https://github.com/pulumi/pulumi/issues/8993' },
  { message: 'RESPONSE 401: 401 Unauthorized\nERROR CODE: RBACAccessDenied\n{\n  "error": {\n    "code": "RBACAccessDenied",\n    "message": "The client does not have authorization to perform action. Request ID: 00000000"\n  }\n}', kind: 'insufficient_permissions', source: 'https://github.com/Azure/azqr/issues/68' },
  { message: "RESPONSE 429: 429 Too Many Requests\nERROR CODE: SubscriptionRequestsThrottled\n{\"error\":{\"code\":\"SubscriptionRequestsThrottled\",\"message\":\"Number of requests for subscription '00000000-0000-0000-0000-000000000000' and operation 'GET/SUBSCRIPTIONS/RESOURCEGROUPS/PROVIDERS/MICROSOFT.COMPUTE/VIRTUALMACHINES/PROVIDERS/MICROSOFT.INSIGHTS/METRICS' exceeded the backend storage limit. Please try again after '0' seconds.\"}}", kind: 'temporary', source: 'https://github.com/webdevops/azure-metrics-exporter/issues/36' },
  { message: "Number of requests for subscription 'subid' and operation 'POST/SUBSCRIPTIONS/RESOURCEGROUPS/PROVIDERS/MICROSOFT.COMPUTE/VIRTUALMACHINES/START' exceeded the backend storage limit. Please try again after '6' seconds.", kind: 'temporary', source: 'https://github.com/MicrosoftDocs/azure-docs/issues/105248' },
  { message: "RESPONSE 429: 429 Too Many Requests\nERROR CODE: ResourceRequestsThrottled\n{\"error\":{\"code\":\"ResourceRequestsThrottled\",\"message\":\"Number of requests for action 'Microsoft.Cdn/profiles/read' exceeded the limit of '50' for time interval '00:05:00'. Please try again after '372' seconds.\"}}", kind: 'temporary', source: 'https://github.com/Azure/azqr/issues/34' },
  { message: '{"error":{"code":"TooManyRequests","message":"The request is being throttled."}}\nThe remote server returned an error: (429).', kind: 'temporary', source: 'https://github.com/Azure/migAz/issues/57' },
  { message: 'RESPONSE 429: 429 Too Many Requests\nERROR CODE: RetryableError\n{"error":{"code":"RetryableError","message":"A retryable error occurred.","details":[{"code":"RetryableErrorDueToAnotherOperation","message":"Operation PutSubnetOperation is updating resource vnet1. The call can be retried in 14 seconds."}]}}', kind: 'temporary', source: 'https://github.com/pulumi/pulumi-azure-native/issues/3720' },

  // GitHub API
  { message: 'HttpError: Resource not accessible by integration', kind: 'insufficient_permissions', source: 'https://github.com/thollander/actions-comment-pull-request/issues/30' },
  { message: 'github.GithubException.GithubException: 403 {"message": "Resource not accessible by integration", "documentation_url": "https://docs.github.com/rest/reference/pulls#update-a-pull-request"}', kind: 'insufficient_permissions', source: 'https://github.com/nvti/action-emoji/issues/8' },
  { message: "HTTP Status 403 for request POST https://api.github.com/repos/o/r/dependency-graph/snapshots\nResponse body:\n{\n  \"message\": \"Resource not accessible by integration\"\n}", kind: 'insufficient_permissions', source: 'https://github.com/drdoctr/doctr/issues/377' },
  { message: 'GitHubError: 401 Bad Credentials', kind: 'invalid_credentials', source: 'https://github.com/sigmavirus24/github3.py/issues/788' },
  { message: 'raw response: {"message":"Bad credentials","documentation_url":"https://docs.github.com/rest","status":"401"}', kind: 'invalid_credentials', source: 'https://github.com/apache/devlake/issues/7478' },
  { message: 'WARNING: GET https://api.github.com/repos/o/r/pulls/83: 401 Bad credentials []', kind: 'invalid_credentials', source: 'https://github.com/jenkins-x-plugins/jx-slack/issues/18' },
  { message: "{'documentation_url': 'https://developer.github.com/v3/#rate-limiting', 'message': \"API rate limit exceeded for 203.0.113.7. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)\"}", kind: 'temporary', source: 'https://github.com/prabhakar267/github_email/issues/1' },

  // HTTP clients, TLS, proxies
  { message: "HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded with url: /v1 (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1108)')))", kind: 'configuration', source: 'https://github.com/thp/urlwatch/issues/505' },
  { message: "HTTPSConnectionPool(host='proxy.example.com', port=443): Max retries exceeded with url: / (Caused by SSLError(SSLCertVerificationError(\"hostname 'proxy.example.com' doesn't match 'other.example.net'\")))", kind: 'configuration', source: 'https://github.com/jhao104/proxy_pool/issues/357' },
  { message: "requests.exceptions.SSLError: hostname 'proxy.corp' doesn't match either of 'github.com', 'www.github.com'", kind: 'configuration', source: 'https://github.com/psf/requests/issues/2386' },
  { message: "urllib3.exceptions.MaxRetryError: SOCKSHTTPSConnectionPool(host='www.google.com', port=443): Max retries exceeded with url: / (Caused by SSLError(SSLError(\"bad handshake: Error([('SSL routines', 'tls_process_server_certificate', 'certificate verify failed')],)\",),))", kind: 'configuration', source: 'https://github.com/kevin1024/vcrpy/issues/548' },
  { message: "SSLError: HTTPSConnectionPool(host='example.net', port=443): Max retries exceeded with url: / (Caused by SSLError(SSLError(\"bad handshake: Error([('SSL routines', 'ssl3_get_record', 'wrong version number')],)\",),))", kind: 'configuration', source: 'https://github.com/psf/requests/issues/5399' },
  { message: 'Your proxy appears to only use HTTP and not HTTPS, try changing your proxy URL to be HTTP.', kind: 'configuration', source: 'urllib3/urllib3:src/urllib3/connectionpool.py' },
  { message: 'ProxyError: Cannot connect to proxy.', kind: 'configuration', source: 'urllib3/urllib3:src/urllib3/connectionpool.py' },
  { message: "ProtocolError('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))", kind: 'temporary', source: 'urllib3/urllib3:src/urllib3/connectionpool.py' },
];
