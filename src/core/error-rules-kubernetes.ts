import { rule, ruleUnless, weakRule, type ErrorRule } from './error-rule.ts';

/** A request as system:anonymous: no credential was presented or accepted at all, so no role can help. */
const ANONYMOUS = { id: 'k8s.anonymous', kind: 'invalid_credentials', pattern: /\bsystem:anonymous\b/ } as const;

/**
 * Kubernetes API server and kubectl/client-go phrases. Sources: kubernetes.io "Authenticating",
 * "Using RBAC Authorization", "Troubleshooting kubectl"; the metav1.Status reasons.
 */
export const KUBERNETES_RULES: readonly ErrorRule[] = [
  rule('k8s.badCA', 'configuration', /\bx509: certificate signed by unknown authority\b|\bcertificate is valid for [^\n]{1,120}, not\b/),
  // kubectl with no kubeconfig at all falls back to localhost:8080 (net.wrongAddress reads the dial-tcp form);
  // any other refused API server is one down for now.
  rule('k8s.noKubeconfig', 'configuration', /\bThe connection to the server (?:localhost|127\.0\.0\.1):8080 was refused\b|\bdial tcp (?:\[::1\]|127\.0\.0\.1|localhost):8080\b|\bwas not found or is not executable\b/),
  rule('k8s.wrongHost', 'configuration', /\bno such host\b|\bENOTFOUND\b|\bName or service not known\b|\bexec plugin: invalid apiVersion\b|\b(?:context|cluster) "[^"\n]{1,100}" (?:does not exist|not found)\b|\bno context exists with the name\b|\bexecutable [\w.-]{1,60} not found\b|\bexec plugin is configured to use API version\b|\bplugin returned version\b/),
  // kubectl also says this when discovery failed unauthenticated: it decides only when nothing else is named.
  weakRule('k8s.unknownResourceType', 'configuration', /\bthe server doesn't have a resource type\b/),

  ruleUnless('k8s.forbidden', 'insufficient_permissions', /\bUser "[^"\n]{1,200}" cannot [a-z]{2,20} resource\b|\bforbidden: User \\?"[^"\n]{1,200}" cannot\b|\(Forbidden\)|"reason":\s?"Forbidden"/, ANONYMOUS),

  rule('k8s.tooManyRequests', 'temporary', /\betcdserver: (?:leader changed|request timed out|too many requests|no leader)\b|\betcd cluster is unavailable\b|\bhas no leader\b|\bclient connection lost\b|\bwas refused - did you specify the right host or port\b|\(TooManyRequests\)|\bthe server has received too many requests\b|\(ServiceUnavailable\)|\bthe server is currently unable to handle the request\b|\(InternalError\)|\(Timeout\)|\bi\/o timeout\b/),

  // The server's certificate expired (configuration), unless the log says it is the client's own certificate
  // that failed to authenticate, or the server said so ("remote error: tls: expired certificate" is the peer's alert).
  ruleUnless('k8s.expiredCert', 'configuration', /\bx509: certificate has expired or is not yet valid\b|\btls: expired certificate\b/, { id: 'k8s.expiredClientCert', kind: 'invalid_credentials', pattern: /\b(?:Unable|unable|failed) to authenticate the request\b[^\n]{0,80}\bx509: certificate has expired\b|\bremote error: tls: expired certificate\b/ }),

  // An EKS/GKE credential plugin that exited with no reason given ("getting credentials: exec: exit status 2"):
  // the text names no cause (5 of 6 labels say unknown); any reason printed with it decides instead.
  rule('k8s.execCredentials', 'unknown', /\bgetting credentials: exec\b/),
  ANONYMOUS,
  rule('k8s.unauthorized', 'invalid_credentials', /\bYou must be logged in to the server\b|\(Unauthorized\)|"reason":\s?"Unauthorized"|\bthe server has asked for the client to provide credentials\b/),
];
