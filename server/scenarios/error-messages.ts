/**
 * Error logs worded as the clouds and the scanner word them (AWS botocore, Azure MSAL/ARM, GCP
 * google-auth, the platform's own processing errors), so classification is tested on real text.
 */
import type { ErrorTemplate } from '../state.ts';

const ROLE = 'arn:aws:sts::{account}:assumed-role/ScanSightAuditRole/prowler-session';

/** AWS: the access key does not exist (deleted or mistyped) — invalid credentials. */
export function awsInvalidToken(service: string, region: string): ErrorTemplate {
  return {
    code: 'InvalidClientTokenId',
    message: 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.',
    detail: `botocore.exceptions.ClientError: An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\n  provider=aws service=${service} region=${region}\n  Authentication failed: the credentials of the connected provider were rejected by AWS STS.`,
  };
}

/** AWS: the role lacks an action on one service — insufficient permissions. */
export function awsAccessDenied(account: string, service: string, action: string): ErrorTemplate {
  const role = ROLE.replace('{account}', account);
  return {
    code: 'AccessDeniedException',
    message: `An error occurred (AccessDeniedException) when calling the ${action.split(':')[1]} operation: User: ${role} is not authorized to perform: ${action} because no identity-based policy allows the ${action} action`,
    detail: `prowler.providers.aws.lib.service: ${service} -- ClientError[AccessDeniedException]\nUser: ${role} is not authorized to perform: ${action}`,
  };
}

/** AWS: a service control policy denies a whole region. */
export function awsRegionDenied(account: string, region: string): ErrorTemplate {
  const role = ROLE.replace('{account}', account);
  return {
    code: 'UnauthorizedOperation',
    message: `An error occurred (UnauthorizedOperation) when calling the DescribeInstances operation: You are not authorized to perform this operation. User: ${role} is not authorized to perform: ec2:DescribeInstances with an explicit deny in a service control policy`,
    detail: `region=${region} -- the request was denied by an AWS Organizations service control policy (SCP).`,
  };
}

/** AWS: Security Hub not enabled in the region — a configuration problem. */
export function awsNotSubscribed(account: string, region: string): ErrorTemplate {
  return {
    code: 'InvalidAccessException',
    message: `An error occurred (InvalidAccessException) when calling the GetFindings operation: Account ${account} is not subscribed to AWS Security Hub`,
    detail: `securityhub · ${region}: enable AWS Security Hub in ${region} or exclude the region from the scan.`,
  };
}

/** AWS: API rate limiting. */
export function awsThrottling(service: string): ErrorTemplate {
  return {
    code: 'Throttling',
    message: `An error occurred (Throttling) when calling the ${service === 'iam' ? 'ListPolicies' : 'DescribeDBInstances'} operation (reached max retries: 4): Rate exceeded`,
    detail: null,
  };
}

/** Azure: the app registration's client secret is wrong or expired — invalid credentials. */
export function azureInvalidSecret(appId: string): ErrorTemplate {
  return {
    code: 'AADSTS7000215',
    message: `ClientSecretCredential authentication failed: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${appId}'.`,
    detail: `azure.identity._exceptions.ClientAuthenticationError: Authentication failed: AADSTS7000215: Invalid client secret provided.\nTrace ID: 0c9f3e52-7d41-4a8e-9b1c-6f2e3a5d8b00\nCorrelation ID: 5b7e1d2a-3c4f-4e6a-8b9d-0a1b2c3d4e5f`,
  };
}

/** The platform's own transient failure, as seed 003 words it. */
export function temporaryProcessingError(jobName: string): ErrorTemplate {
  return {
    code: 'INTERNAL_PROCESSING_ERROR',
    message: 'Temporary internal processing error. Retry recommended.',
    detail: `Job ${jobName}: the scan worker lost its connection to the results store while writing findings (worker exited with code 137). No findings were stored for this job.`,
  };
}

/** The scan never reached the scanner. */
export function submissionRejected(): ErrorTemplate {
  return {
    code: 'SCANNER_SUBMISSION_FAILED',
    message: 'The scan could not be submitted to the scanner: the scanner rejected the job definition (HTTP 422).',
    detail: "Scanner response: {\"detail\": \"'regions' must contain at least one enabled region\"}. Check the scanner configuration and the integration's region settings.",
  };
}

/** The project's connector was deleted: the scan cannot be submitted. */
export function integrationMissing(integrationId: string | null): ErrorTemplate {
  return {
    code: 'INTEGRATION_NOT_FOUND',
    message: `The scan could not be submitted: integration ${integrationId ?? '(none)'} does not exist. Select a connected provider and run the scan again.`,
    detail: null,
  };
}
