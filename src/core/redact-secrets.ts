import { SECRET_PATTERNS } from './secret-patterns.ts';
import { decodeBase64Text } from './base64-text.ts';
import { redactHighEntropy } from './high-entropy-token.ts';

export { SECRET_PATTERNS } from './secret-patterns.ts';

/** A cookie's value inside a `name=value; name=value` list: 8 characters or more (theme=dark is not a secret). */
const PAIR_VALUE = /=[^;]{8,4096}/g;

/**
 * Replaces secrets with `[REDACTED:kind]`, by shape (PEM blocks, JWTs of any length, AWS/GCP/Azure/
 * SaaS token formats, bearer and Authorization credentials, URL passwords, Azure AccountKey= and SAS
 * sig=) and by key name (prefixed env names, camelCase/kebab-case/quoted/escaped-quoted JSON keys,
 * headers, CLI flags). Keeps the words around them so the line still reads; error codes, ARNs,
 * action names, endpoints and request ids are left alone. Base64 whose text holds a secret is redacted
 * whole. Last, any token that reads like random key material (high-entropy-token.ts) under a key or in a
 * place no pattern names. Idempotent; never throws; linear time.
 */
export function redactSecrets(text: string): string {
  return redactHighEntropy(redactEncoded(redactPatterns(typeof text === 'string' ? text : String(text ?? ''))));
}

/**
 * Base64 long enough to hold a credential file or a script (EC2 user data, a dockerconfigjson, a
 * service-account key's privateKeyData). Redacted whole when the text it encodes holds a secret.
 */
const BASE64_BLOB = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/]{60,200000}={0,2}(?![A-Za-z0-9+/=_-])/g;

function redactEncoded(text: string): string {
  return text.replace(BASE64_BLOB, (blob) => {
    const decoded = decodeBase64Text(blob);
    return decoded !== null && redactPatterns(decoded) !== decoded ? '[REDACTED:encoded-secret]' : blob;
  });
}

function redactPatterns(text: string): string {
  let out = text;
  for (const { kind, pattern, pairs } of SECRET_PATTERNS) {
    out = out.replace(pattern, (...args: unknown[]) => {
      const groups = args[args.length - 1] as { keep?: string; pairs?: string } | undefined;
      const keep = typeof groups === 'object' && groups?.keep ? groups.keep : '';
      if (pairs && typeof groups?.pairs === 'string') return keep + groups.pairs.replace(PAIR_VALUE, `=[REDACTED:${kind}]`);
      return `${keep}[REDACTED:${kind}]`;
    });
  }
  return out;
}

/**
 * A classification safe to leave the background: its evidence (raw log text) and every detail
 * string redacted. The kind and rule id are the project's own words and stay as they are.
 */
export function redactClassification<T extends { evidence: string; detail?: object | undefined }>(c: T): T {
  const detail = c.detail ? Object.fromEntries(Object.entries(c.detail).map(([k, v]) => [k, typeof v === 'string' ? redactSecrets(v) : v])) : undefined;
  return { ...c, evidence: redactSecrets(c.evidence), ...(detail ? { detail } : {}) };
}
