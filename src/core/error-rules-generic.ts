import { rule, ruleUnless, weakRule, type ErrorRule } from './error-rule.ts';

/**
 * Provider-neutral phrases: the seed product's own wording (seed 003), HTTP statuses, network
 * errors, and the scanner platform's submission messages. Checked after the provider tables, with
 * the same precedence (configuration > permissions > temporary > credentials).
 */
export const GENERIC_RULES: readonly ErrorRule[] = [
  rule('seed.temporary', 'temporary', /\btemporary internal processing error\b|\bretry recommended\b|\bINTERNAL_PROCESSING_ERROR\b/i),
  rule('seed.unknownProcessing', 'unknown', /\bunknown processing error\b/i),

  rule('generic.integrationMissing', 'configuration', /\b(?:integration|connector|connected provider) [\w:.-]{1,100} (?:does not exist|was not found|not found|was deleted)\b/i),
  rule('generic.badValue', 'configuration', /\bInvalid (?:value|argument|parameter)s?\b|\bHTTP code 407\b|\b407 from proxy\b|\bmust be supplied\b|\bPlease specify (?:a |the )?(?:location|region|zone|project)\b|\bsubscribe (?:your|the) account to\b|\bis not a valid (?:name|value|region|location|id)\b|\bProxy Authentication Required\b|\bWRONG_VERSION_NUMBER\b/i),
  rule('generic.notEnabled', 'configuration', /\b(?:is|are) not (?:enabled|activated)\b|\b(?:Analyzer|detector|service|API|feature|integration) is disabled\b|\bhas not been (?:enabled|activated)\b|\bno enabled (?:regions?|accounts?)\b|\binvalid_resource\b/i),
  rule('generic.accountHeld', 'configuration', /\b(?:your |the )?account (?:is|has been) (?:currently )?(?:blocked|suspended|disabled|closed|deactivated|on hold)\b/i),
  // The address the scanner was given cannot work: a host no resolver knows, a URL that does not parse.
  // (A resolver that failed for now, "Temporary failure in name resolution", is told apart as temporary.)
  rule('net.wrongAddress', 'configuration', /\[::1\]:\d{1,5}\b[^\n]{0,150}\bconnection refused\b|\btarget machine actively refused it\b|\bECONNREFUSED (?:127\.0\.0\.1|::1|localhost)\b|\b(?:127\.0\.0\.1|localhost)(?::\d{1,5}|', \d{1,5}\))[^\n]{0,150}\b(?:refused|Connection refused)\b|\b(?:localhost|127\.0\.0\.1|\[::1\]):\d{1,5}\b[^\n]{0,150}\bconnection refused\b|\bendpoint URL: "https?:\/\/(?:localhost|127\.0\.0\.1|169\.254\.169\.254)\b|\bopen [\w./-]{1,200}: permission denied\b|\bnodename nor servname provided\b|\bgetaddrinfo failed\b|\bCould not resolve host\b|\bNo address associated with hostname\b|\bNXDOMAIN\b|\binvalid (?:control )?character in URL\b|\b(?:invalid|malformed) URL\b|\b(?:unsupported|missing) protocol scheme\b|\bNo connection adapters were found\b/i),

  // Codes that name what was not found (ARM's RegistrationNotFound, AWS's AccountNotFoundException, NoSuchEntity…)
  // or a hard limit of the subscription (ResourceQuotaExceeded, SkuNotAvailable): the target as configured.
  // Weak: OCI's NotAuthorizedOrNotFound and bodies that also say "no authorization" mean a permission.
  weakRule('generic.notFoundCode', 'configuration', /\b[A-Z][A-Za-z]{2,60}NotFound(?<!UserNotFound)(?<!ApplicationNotFound)(?<!OrNotFound)(?:Exception|Fault)?\b|\bNoSuch[A-Z][A-Za-z]{2,40}(?:Exception)?\b|\bUnsupported[A-Z][A-Za-z]{2,40}Exception\b|\bInvalid[A-Za-z]{0,30}Region[A-Za-z]{0,20}Exception\b|\b(?:ResourceQuotaExceeded|OperationNotAllowed|SkuNotAvailable|BadCustomerSubscriptionId)\b/),

  // A 404 on what the scan asked for: its target (account, project, cluster, domain, repository) does not exist.
  // Alibaba answers an unknown access key with a 404 (InvalidAccessKeyId.NotFound): that is the key.
  ruleUnless('http.404', 'configuration', /\b(?:HTTP ?Error|Error|HttpError|code|status(?:[ _]code)?)(?:=|: ?| )404\b|\b404 Not Found\b|"message":\s?"Not Found"|\bnot found: projects\/|\bDomain not found\b/i, { id: 'aws.InvalidAccessKeyId', kind: 'invalid_credentials', pattern: /\bInvalidAccessKeyId\b|\baccess key is not found\b/i }),
  // A bare 403 or "Forbidden" is what an HTTP layer says for many causes (an expired AWS token, a rate
  // limit, a disabled account): it decides only when the body names nothing more specific.
  weakRule('http.403', 'insufficient_permissions', /\b403 Forbidden\b|\b(?:HTTP )?Error 403\b|\b(?:HTTP|status(?:[ _]code)?|code)"?[ :=]{1,3}403\b|(?<![\w-])Forbidden(?![\w-])/i),
  ruleUnless('generic.permissionDenied', 'insufficient_permissions', /\b(?:permission denied|access denied|access is denied|insufficient permissions?|not accessible by (?:integration|personal access token|this token))\b|\bMust have admin rights\b|\bnot (?:allowed|permitted) to access\b/i, { id: 'http.invalidBearer', kind: 'invalid_credentials', pattern: /\baccess denied, invalid (?:bearer )?token\b/i }),

  rule('http.429', 'temporary', /\b429 Too Many Requests\b|\[429\]|\bHTTP\/\d(?:\.\d)?"? 429\b|\bHTTP Error 429\b|\b(?:HTTP|status(?:[ _]?code)?|code)"?[ :=]{1,3}429\b|\btoo many requests\b|\btoomanyrequests\b|\b429 error\b|\brate limit(?:ed| exceeded| reached)\b|\bexceeded (?:a |the |your )?(?:[\w-]{1,20} )?(?:rate|request|API rate) limit\b|\bthrottl(?:ed|ing)\b/i),
  rule('http.5xx', 'temporary', /\b50[0234] (?:Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out)\b|\bHTTP\/\d(?:\.\d)?"? 50[0234]\b|\bHTTP Error 50[0234]\b|\bSlow Down\b|\b(?:HTTP|(?:Http)?status(?:[ _]?code)?|code)"?[ :=]{1,3}(?:50[0234]|52[0-49]|408)\b|\b408 Request Time-?out\b|\bservice (?:is )?(?:temporarily )?unavailable\b|\b(?:Bad Gateway|Gateway Time-?out)\b|\bupstream connect error\b|\b(?:BadGateway|GatewayTimeout)\b|\b50[0234] - [A-Z]|\bno healthy upstream\b|\b\w{0,40}Exception:? 50[0234]\b|\bdisconnect\/reset before headers\b|\bRemote end closed connection\b/i),
  rule('net.timeout', 'temporary', /\b(?:timed out|time-?out|ETIMEDOUT|ECONNRESET|ECONNREFUSED|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|socket hang up|connection (?:reset|aborted|refused)(?: by peer)?|connection (?:was |has been )?(?:unexpectedly )?closed|closed the connection(?: unexpectedly)?|ConnectionResetError|forcibly closed by the remote host|no route to host|use of closed network connection|read on closed response body|deadline exceeded)\b/i),
  // The network between the scanner and the API: reachable again later (a wrong host is told apart by k8s.wrongHost).
  weakRule('net.unreachable', 'temporary', /\b(?:could not|couldn't|unable to|failed to) (?:connect|establish a new connection|reach)\b(?! to the server: getting credentials)|\b(?:NewConnectionError|ConnectionError|ConnectTimeout|RemoteDisconnected|ProtocolError|MaxRetryError)\b|\bMax retries exceeded\b|\bTemporary failure in name resolution\b|\b(?:service|server|host|endpoint|registry) is unreachable\b|\blookup [\w.-]{1,200} on [\d.:[\]a-f]{1,60}: (?:read|write) udp\b|\bnetwork is unreachable\b|\bunexpected EOF\b|\bBroken pipe\b/i),

  // .NET's HttpRequestException wrapper: an inner cause, when printed, says more.
  // A 400 from Azure/Graph (code BadRequest): the request as configured is wrong, unless the body says more.
  weakRule('http.badRequest', 'configuration', /\bBadRequest\b/),
  weakRule('net.sendFailed', 'temporary', /\bAn error occurred while sending the request\b|\b(?:failed to download|download error)\b[^\n]{0,60}\b(?:DB|database|artifact)\b/),

  rule('http.401', 'invalid_credentials', /\b401 Unauthorized\b|\b(?:HTTP|status(?:[ _]?code)?|code)"?[ :=]{1,3}401\b/i),
  // A bare "Unauthorized" (kubectl, HTTP clients): the identity was not recognised. Not "UnauthorizedOperation"
  // (AWS permissions) and not "unauthorized to <do>" (a permission wording).
  rule('http.unauthorized', 'invalid_credentials', /(?<![\w-])(?:[Uu]nauthori[sz]ed|UNAUTHORI[SZ]ED)(?![\w-])(?! (?:to|for) (?!url\b))/),
  rule('seed.authFailed', 'invalid_credentials', /\bauthentication failed\b|\binvalid credentials\b|\bcredentials (?:are|were) (?:invalid|incorrect|rejected)\b|\bplease run:?[ \t]{0,3}\$?[ \t]{0,3}["'`]?(?:az|gcloud auth(?: application-default)?|aws sso) login\b|\b(?:run|running) ["'`]?aws sso login\b|\bSSO login is expired\b|\bCould not retrieve token from local cache\b|\bbad credentials\b|\b(?:issue|problem) with (?:your |the )?credentials\b|\b(?:check|review|verify) (?:your |the )?(?:[\w-]{1,20} )?credentials\b/i),

  // A bug in the scanner itself (a model that failed its own validation, a method missing from a library
  // build, a null dereference): support must fix it, whatever cloud words the log also holds.
  rule('generic.scannerBug', 'unknown', /\b\d{1,4} validation errors? for [A-Z]\w{1,60}\b|\bMethod not found:|\bMissingMethodException\b|\bNullReferenceException\b|'NoneType' object (?:has no attribute|is not (?:subscriptable|iterable))\b|\binvalid memory address or nil pointer dereference\b|'[A-Za-z_][\w.]{0,60}' object has no attribute\b/, true),

  // Nothing specific: a crash or an unnamed failure. Evidence for "unknown", never a veto.
  rule('generic.stackTrace', 'unknown', /\bTraceback \(most recent call last\)|^panic: |\bException in thread\b|\bat [\w$.<>]{1,200} \([^()\n]{1,200}:\d{1,6}:\d{1,6}\)/m),
];
