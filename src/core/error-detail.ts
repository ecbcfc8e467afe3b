/** What a hint needs from a log, where the log names it. */
export interface ErrorDetail {
  /** A denied action or permission, e.g. `ec2:DescribeInstances`, `compute.instances.list`. */
  action?: string;
  /** A cloud API/service to enable, e.g. `compute.googleapis.com`. */
  api?: string;
  /** A connector, app or client id named by the log (e.g. an Azure application id). */
  connector?: string;
  /** A provider error code, e.g. `AADSTS7000215`, `InvalidClientTokenId`. */
  code?: string;
  /** The API operation that failed, e.g. `DescribeInstances` (AWS "when calling the X operation"). */
  operation?: string;
  /** The identity that was refused: an ARN, a service account, a Kubernetes user. */
  principal?: string;
  /** A region named by the log. */
  region?: string;
}

// Every pattern here is bounded like the rules (linear time on any input).
const EXTRACTORS: ReadonlyArray<{ field: keyof ErrorDetail; pattern: RegExp; format?: (m: RegExpExecArray) => string }> = [
  // AWS: "is not authorized to perform: ec2:DescribeInstances"
  { field: 'action', pattern: /\bnot authorized to perform:? ([a-zA-Z0-9-]{2,40}:[A-Za-z0-9*]{2,100})/ },
  // Azure: "does not have authorization to perform action 'Microsoft.Compute/virtualMachines/read'"
  { field: 'action', pattern: /\bauthorization to perform action '([^'\s]{3,200})'/ },
  // GCP: "Permission 'compute.instances.list' denied", "Required 'x.y.z' permission", "does not have x.y.z access"
  { field: 'action', pattern: /\bPermission '([a-z][\w]{0,60}(?:\.[\w]{1,60}){1,4})' denied/ },
  { field: 'action', pattern: /\bRequired '([a-z][\w]{0,60}(?:\.[\w]{1,60}){1,4})' permission/ },
  { field: 'action', pattern: /\bdoes not have ([a-z][a-zA-Z]{1,40}\.[a-zA-Z]{1,40}\.[a-zA-Z]{1,60}) access/ },
  // Kubernetes: 'cannot list resource "pods" in API group ""'
  { field: 'action', pattern: /\bcannot ([a-z]{2,20}) resource "([^"\n]{1,100})"/, format: (m) => `${m[1]} ${m[2]}` },
  // Azure Key Vault: "does not have secrets list permission on key vault"
  { field: 'action', pattern: /\bdoes not have ((?:keys|secrets|certificates) [a-z]{2,20}) permission on key vault/i },

  // GCP: the service to enable, from the activation URL or ErrorInfo metadata.
  { field: 'api', pattern: /\/apis\/api\/([a-z0-9-]{1,60}\.googleapis\.com)/ },
  { field: 'api', pattern: /"service":\s?"([a-z0-9-]{1,60}\.googleapis\.com)"/ },
  { field: 'api', pattern: /\b([A-Z][\w ]{1,60} API) has not been used in project/ },
  // Azure: a resource provider namespace to register.
  { field: 'api', pattern: /\bnamespace '(Microsoft\.[A-Za-z.]{2,60})'/ },
  // AWS: "is not subscribed to AWS Security Hub"
  { field: 'api', pattern: /\bis not subscribed to ((?:AWS )?[A-Z][A-Za-z]{1,30}(?: [A-Z][A-Za-z]{1,30}){0,3})/ },

  // Azure app id: "for a secret added to app '<guid>'", "Application with identifier '<guid>'"
  { field: 'connector', pattern: /\b(?:app|application|Application with identifier|client_id|appid=) ?'?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i },
  // The platform's own words: "integration i-aws-1 does not exist"
  { field: 'connector', pattern: /\b(?:integration|connector) ([\w:.-]{1,100}) (?:does not exist|was not found|not found|was deleted)/i },

  { field: 'code', pattern: /\b(AADSTS\d{4,7})\b/ },
  { field: 'code', pattern: /\bAn error occurred \(([A-Za-z0-9.]{2,80})\)/ },
  { field: 'code', pattern: /"reason":\s?"([A-Z][A-Z_]{2,60})"/ },
  { field: 'code', pattern: /\b(PERMISSION_DENIED|UNAUTHENTICATED|RESOURCE_EXHAUSTED|UNAVAILABLE|DEADLINE_EXCEEDED|SERVICE_DISABLED|BILLING_DISABLED)\b/ },
  { field: 'code', pattern: /\b(AuthorizationFailed|SubscriptionNotFound|MissingSubscriptionRegistration|InvalidAuthenticationTokenTenant|invalid_grant|invalid_client)\b/ },
  { field: 'code', pattern: /\bError from server \(([A-Za-z]{2,40})\)/ },
  // The code of an AWS XML error body or an Azure/ARM JSON error, when the log carries the raw body.
  { field: 'code', pattern: /<Code>([A-Za-z][\w.]{1,80})<\/Code>/ },
  { field: 'code', pattern: /"code"\s?:\s?"([A-Za-z][\w.]{1,80})"/ },

  { field: 'operation', pattern: /\bwhen calling the ([A-Za-z0-9]{2,80}) operation/ },

  { field: 'principal', pattern: /\bUser: (arn:aws[\w-]{0,10}:[a-z]{2,5}::\d{12}:[\w+=,.@/-]{1,300}?) is not authorized/ },
  { field: 'principal', pattern: /\bUser "([^"\n]{1,200})" cannot/ },
  { field: 'principal', pattern: /\b([a-z0-9-]{1,63}@[a-z0-9-]{1,63}\.iam\.gserviceaccount\.com)\b/ },
  { field: 'principal', pattern: /\bThe client '([^'\n]{1,200})' with object id/ },

  { field: 'region', pattern: /\b((?:us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov)-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-\d)\b/ },
];

/** Pulls out what a hint can name: the denied action, the API to enable, the app id, the code… */
export function extractErrorDetail(text: string, code?: string | null): ErrorDetail | undefined {
  const detail: ErrorDetail = {};
  for (const { field, pattern, format } of EXTRACTORS) {
    if (detail[field] !== undefined) continue;
    const m = pattern.exec(text);
    if (m) detail[field] = format ? format(m) : (m[1] ?? m[0]);
  }
  const given = typeof code === 'string' ? code.trim() : '';
  if (given !== '' && detail.code === undefined) detail.code = given.slice(0, 80);
  return Object.keys(detail).length > 0 ? detail : undefined;
}
