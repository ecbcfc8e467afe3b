/**
 * The grammar of a secret-named key and of a value already masked, shared by every key-based pattern
 * (secret-patterns.ts, secret-patterns-cli.ts): one definition of what makes a key secret.
 */

/** Words that make a key secret wherever they sit in it: DB_PASSWORD, adminPassword, x-api-key, --secret-access-key. */
const SECRET_WORD =
  '(?:password|passwd|pass[_-]?phrase|pwd|secret|secretkey|secret[_-]?access[_-]?key|access[_-]?key[_-]?secret|api[_-]?key|apikey|api[_-]?token|auth[_-]?token|access[_-]?token|refresh[_-]?token|id[_-]?token|session[_-]?token|sessiontoken|security[_-]?token|private[_-]?key(?:[_-]?id)?|client[_-]?secret|accountkey|account[_-]?key|sharedaccesskey|shared[_-]?access[_-]?key|token|sig|signature|x-amz-security-token|x-goog-api-key|ocp-apim-subscription-key|client[_-]?key[_-]?data|kubeconfig[_-]?content|(?<=[_.-])pass|app(?:lication)?[_-]?keys?|auth[_-]?key|license[_-]?key|session[_-]?id|sessid|authtok|passcode|pass[_-]word|key[_-]?material|credentials?|creds?|(?<![A-Za-z])pw|bearer|hmac|(?<=\\.)sid|certificate[_-]?key|_auth|secret[_-]?id|psk|(?<=[._-])credentials|identity[_-]?header|(?<=[_.-])pat|(?<=[_.-])session|(?<![A-Za-z0-9_.-])sk|routing[_-]?key|integration[_-]?key|(?<=[\\s{,(\'"])pass(?=["\']?[ \\t]{0,5}[:=][ \\t]{0,5}["\']?(?!\\d{1,6}\\b))|pre[_-]?shared[_-]?key|(?:validation|decryption|encryption|signing|master|hmac)[_-]?key)';
/**
 * Not a key but an error code that prints its message after a colon ("ExpiredToken: The security token…",
 * "InvalidSignatureException: …"); and not the resource type of an ARN (…:123456789012:secret:name).
 */
const NOT_AN_ERROR_CODE = '(?!(?:invalid|expired|missing|malformed|unrecognized|incomplete|bad|revoked)[_-]?(?:client[_-]?)?(?:token|signature|password|secret|key)(?:exception|error)?["\']?[ \\t]{0,5}:[ \\t])';
/** A key: an identifier (letters, digits, _ - .) ending in a secret word, at a word-ish boundary. */
// The whole identifier is taken at once (a lookahead capture cannot backtrack), then one look back checks
// that it ends in a secret word: one test per identifier, not one per prefix length and secret word.
export const KEY = `(?<!\\[REDACTED:)(?:(?<![A-Za-z0-9])|(?<=\\\\[nrt])|(?<=%2[27]))(?<!:\\d{12}:)(?<!\\$\\{[A-Za-z0-9_]{0,60})${NOT_AN_ERROR_CODE}(?=(?<kid>[A-Za-z0-9_.-]{1,80}))\\k<kid>(?<=${SECRET_WORD}(?:[_-]?(?:key|value|string|data|b64|base64|auth|v\\d{1,2}|\\d{1,2}))?)`;
/** Quote before/after the key: ", ', or the JSON-escaped \\" . */
export const Q = `(?:\\\\{1,3}["']|["']|\\\\u0022)?`;
/** A value some tool already masked or never expanded: <redacted>, ****, [MASKED], ${VAR}, (sensitive value). Evidence, kept. */
const MASKED = String.raw`(?:<(?:masked|redacted|hidden)>|\*{2,64}(?![^\s"',;@)])|\[MASKED\]|REDACTED\b|\$\{[A-Za-z_]\w{0,60}(?:[:?+-][^}\n]{0,60})?\}|\d{3}[ \t][A-Z][a-z]{2,20}|(?:via|the|for|with|flag|option)(?=[ \t])|\$[A-Z_][A-Z0-9_]{1,60}\b|\(sensitive(?: value)?\)|\((?=[A-Z][A-Za-z]{2,60}\))|(?:Invalid|Expired|Missing|Malformed|Incorrect|Unknown|Revoked|Denied|Failed|Unauthorized|Forbidden|Required|None|No|Not|YES|NO)(?=[ \t.)]|$)|!vault\b|\d{1,3}(?![\w.:/-])|(?<=:[ \t]{1,5})[A-Z]?[a-z]{2,15}(?=[ \t]["']?[a-z]{2,20})|(?:url|uri|host|hostname|user|username|name|id|region|endpoint|server|path|type|mode|scope)=(?=[^\s=])|arn:aws(?:-cn|-us-gov)?:|(?:New-Object|Get-Credential|Read-Host|ConvertTo-SecureString)\b)`;
export const NOT_MASKED = new RegExp(`(?!${MASKED})`).source;
