/**
 * Secret shapes, as plain data. A named group `keep` is left in place (the key, the scheme word) so
 * the line still reads. Every pattern is bounded (no `*`/`+`), so redaction is linear in the text's
 * length. Order matters: whole blocks and self-describing tokens first, then key=value.
 */
export const SECRET_PATTERNS: ReadonlyArray<{ kind: string; pattern: RegExp }> = [
  // PEM private keys (RSA, EC, DSA, OpenSSH, PKCS#8, encrypted), also JSON-escaped ("\n" inside a service-account key file).
  { kind: 'private-key', pattern: /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY)-----[\s\S]{0,16000}?-----END \1-----/g },
  // A block cut off before its END line: everything base64-looking after the BEGIN line.
  { kind: 'private-key', pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----[A-Za-z0-9+/=\s\\]{0,16000}/g },
  // JWTs: base64url header and payload both start with eyJ ('{"').
  { kind: 'jwt', pattern: /\beyJ[A-Za-z0-9_-]{4,4000}\.eyJ[A-Za-z0-9_-]{4,8000}\.[A-Za-z0-9_-]{0,4000}/g },
  // AWS access key ids: long-term (AKIA) and temporary (ASIA).
  { kind: 'aws-access-key-id', pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g },
  // Azure client secrets (current format: 3 chars, a digit, "Q~", then 31–34 chars).
  { kind: 'azure-client-secret', pattern: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/g },
  // GitHub and Slack tokens, common in scanner configs.
  { kind: 'token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255}|xox[abposr]-[A-Za-z0-9-]{10,255})\b/g },
  // Bearer credentials. 16+ characters, so prose ("bearer token expired") is left alone.
  { kind: 'token', pattern: /(?<keep>\b[Bb]earer[ \t]{1,10})(?!\[REDACTED)[A-Za-z0-9\-._~+/]{16,8000}={0,2}/g },
  // Other Authorization schemes, only in a header: "Authorization: Basic dXNlcjpwYXNz".
  { kind: 'token', pattern: /(?<keep>\bAuthorization["']?[ \t]{0,5}[:=][ \t]{0,5}["']?(?:Basic|Api-Key|Token|Digest)[ \t]{1,10})(?!\[REDACTED)[^\s"',;]{4,8000}/gi },
  // Passwords in URLs: scheme://user:password@host.
  { kind: 'password', pattern: /(?<keep>\b[a-zA-Z][a-zA-Z0-9+.-]{1,20}:\/\/[^\s:@/]{1,200}:)(?!\[REDACTED)[^\s@/]{1,200}(?=@)/g },
  // key = value, key: value, "key": "value" for secret-named keys (aws_secret_access_key, client_secret, password, …);
  // a quoted value runs to its closing quote, an unquoted one to a space or separator.
  {
    kind: 'secret',
    pattern: /(?<keep>\b(?:aws_secret_access_key|secret_access_key|SecretAccessKey|aws_session_token|session_token|SessionToken|client_secret|clientSecret|AZURE_CLIENT_SECRET|private_key_id|private_key|api_key|apikey|x-api-key|access_token|refresh_token|password|passwd|pwd|secret|token)["']?[ \t]{0,5}[:=][ \t]{0,5}["']?)(?!\[REDACTED)(?:(?<=["'])[^"'\n]{1,8000}|[^\s"',;&]{1,8000})/gi,
  },
];

/**
 * Replaces secrets with `[REDACTED:kind]`: private key blocks, JWTs, AWS access key ids and secret
 * keys (after aws_secret_access_key and friends), Azure client secrets, bearer and Authorization
 * header credentials, GitHub/Slack tokens, passwords in URLs, and values of secret-named keys.
 * Keeps the words around them so the line still reads. Idempotent; never throws; linear time.
 */
export function redactSecrets(text: string): string {
  let out = typeof text === 'string' ? text : String(text ?? '');
  for (const { kind, pattern } of SECRET_PATTERNS) {
    out = out.replace(pattern, (...args: unknown[]) => {
      const groups = args[args.length - 1] as { keep?: string } | undefined;
      return `${typeof groups === 'object' && groups?.keep ? groups.keep : ''}[REDACTED:${kind}]`;
    });
  }
  return out;
}
