/**
 * The safety net behind the named patterns (secret-patterns.ts): a token that reads like random key
 * material, whatever key or context carries it. Named patterns know where secrets sit; this one knows
 * what they look like, so a secret under a key nobody listed, in a positional argument or in a SQL
 * statement is still caught. Ids, hashes and names are told apart by shape, not by a list of values.
 */
import { decodeBase64Text } from './base64-text.ts';

/** A run of key characters: base64, base64url and the separators random keys use. */
const TOKEN = /(?<![A-Za-z0-9+/_~-])[A-Za-z0-9+/_~-]{20,4096}={0,2}(?![A-Za-z0-9+/_~=-])/g;

/**
 * Evidence named by its key: an id, a hash, a digest, a cursor, AWS's encoded authorization message. Its value may look random and still be
 * what support needs (`x-amz-id-2`, `RequestId`, `etag`, `traceparent`, `integrity`, `kid`).
 */
const EVIDENCE_KEY = /(?:\b[\w-]{0,30}(?:id|-id-\d|digest|hash|sha\d{0,3}|etag|checksum|fingerprint|thumbprint|kid|cursor|traceparent|tracestate|integrity|revision|commit|nonce|version|uid|md5|crc32c?|serial|public ?key(?:info)?|spki|doc|document|upload|file|object|job|task|event|build|trace|span|correlation|operation|EncodedCommand|authorization failure message))(?:["']?[ \t]{0,3}[:=][ \t]{0,3}["']?|>|[ \t]{0,3}\([^()\n]{0,40}\)[ \t]{0,3}|[ \t]{1,3})$/i;
/** A key naming evidence can still name a secret too (session_blob, client_secret_hash): then it is the secret. */
const SECRET_IN_KEY = /secret|token|passw|pwd|session|cookie|auth(?!orization failure)|credential|private|api_?key/i;
/** A hash named just before, as a mismatch prints it ("Content-MD5 mismatch: expected …"). */
const HASH_CONTEXT = /\b(?:md5|sha\d{0,3}|checksum|hash|digest|etag|crc32c?)\b[^\n]{0,30}\b(?:expected|got|computed|actual|received)[ \t:]{1,3}["']?$/i;
/** The header of a certificate or public-key PEM block: its body is public material, not a key. */
const PUBLIC_PEM_BEGIN = /-----BEGIN (?:CERTIFICATE|[A-Z ]{0,20}PUBLIC KEY|X509 CRL|CERTIFICATE REQUEST)-----/g;
/** How far a PEM body is read when its END line is missing. */
const PEM_BODY_MAX = 8192;

/** The [start, end) spans of public PEM bodies in `text`, found in one pass. */
function publicPemBodies(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(PUBLIC_PEM_BEGIN)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = text.indexOf('-----END', start);
    spans.push([start, end === -1 ? Math.min(text.length, start + PEM_BODY_MAX) : Math.min(end, start + PEM_BODY_MAX)]);
  }
  return spans;
}
/** Inside an ARN (…:assumed-role/Name/session-1733420000): a resource name, not a key. */
const IN_ARN = /\barn:[\w-]{1,20}:[^\s"'<>]{0,300}$/;

/** How much of the text before a token is read for its key. */
const KEY_WINDOW = 60;

/** A path segment that is a word, a number or a date: the token is a path or URL, read segment by segment. */
const WORD_SEGMENT = /^(?:[a-z]{2,}|[A-Z][a-z]{2,}|\d{1,8}|\d{4}-\d{2}-\d{2}|[a-z]{2,}[-_][a-z0-9_-]{1,40})$/;

/** A path or URL (some segment is a word): its segments are read one by one. */
function pathSegments(token: string): string[] | null {
  if (!token.includes('/')) return null;
  const segments = token.split('/');
  return segments.some((seg) => WORD_SEGMENT.test(seg)) ? segments : null;
}

/** Letters that read as words: at least 3 lower-case ones, a quarter or more of them vowels (random base36 has ~14%). */
function wordLike(letters: string): boolean {
  const lower = letters.replace(/[^a-z]/g, '');
  return lower.length >= 3 && (lower.match(/[aeiou]/g) ?? []).length >= lower.length * 0.25;
}

/** True when `token` (or, in a path, one of its segments) reads like random key material rather than a word, a name, a path or a hash. */
export function looksRandom(token: string): boolean {
  const segments = pathSegments(token);
  return segments ? segments.some((seg) => looksRandomWord(seg)) : looksRandomWord(token);
}

function looksRandomWord(token: string): boolean {
  const body = token.replace(/=+$/, '');
  if (body.length < 20) return false;
  // Subresource-integrity and key-fingerprint hashes; prefixed ids (Twilio AC…/SM… + hex, Stripe pi_…, req_…).
  // An SSH public key's wire format (AAAAB3NzaC1yc2E…, AAAAC3NzaC1lZDI1NTE5…, AAAAE2VjZHNh…) is public.
  if (/^AAAA[A-Za-z0-9+/]{2}NzaC1|^AAAAE2VjZHNh/.test(body)) return false;
  // A DER certificate or RSA public key in base64 (MII…CCA…gAwIBAgI, MII…jANBgkqhkiG9w0BAQEFAAOC) is public.
  if (/^MII[A-Za-z0-9+/]{1,3}(?:CCA[A-Za-z0-9+/]{1,3}gAwIBAgI|jANBgkqhkiG9w0BAQEFAAOC)/.test(body)) return false;
  if (/^(?:sha(?:1|256|384|512)|nonce)-/i.test(body) || /^[A-Z]{1,4}[0-9a-f]{24,64}$/.test(body) || /^[a-z]{2,5}_[A-Za-z0-9]{8,30}$/.test(body)) return false;
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let transitions = 0;
  let previous = '';
  const counts = new Map<string, number>();
  for (const ch of body) {
    const cls = ch >= 'A' && ch <= 'Z' ? 'U' : ch >= 'a' && ch <= 'z' ? 'L' : ch >= '0' && ch <= '9' ? 'D' : 'S';
    if (cls === 'U') upper++;
    else if (cls === 'L') lower++;
    else if (cls === 'D') digit++;
    if (previous !== '' && cls !== previous) transitions++;
    previous = cls;
    counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  // Random key material mixes all three; hex hashes, uppercase request ids and lowercase names do not.
  if (upper < 2 || lower < 2 || digit < 1) return false;
  // A path or a dotted/dashed name: several long lower-case words in a row.
  // A name joined by _ or - with two or more word parts (AWSReservedSSO_ReadOnly_3814a5…, prowler-scan-role-8f3a).
  if (body.split(/[_-]/).filter((part) => /^[A-Za-z]{4,}$/.test(part) && wordLike(part)).length >= 2) return false;
  // An identifier of words: CamelCase words covering most of it.
  const words = body.match(/[A-Z][a-z]{3,}/g) ?? [];
  if ((body.match(/[a-z]{9,}/g) ?? []).some(wordLike) || (words.length >= 3 && words.join('').length >= body.length * 0.5)) return false;
  // CamelCase identifiers change class rarely; random characters change it at about every other character.
  if (transitions / (body.length - 1) < 0.3) return false;
  let entropy = 0;
  for (const n of counts.values()) {
    const p = n / body.length;
    entropy -= p * Math.log2(p);
  }
  if (entropy < 3.7) return false;
  // Base64 of readable text (a JSON payload, a policy, a cursor) is data; key material decodes to bytes.
  return body.length < 40 || decodeBase64Text(body.replace(/[-_]/g, (c) => (c === '-' ? '+' : '/'))) === null;
}

/** Replaces every random-looking token not named as evidence by `[REDACTED:secret]`. */
export function redactHighEntropy(text: string): string {
  const pemBodies = text.includes('-----BEGIN ') ? publicPemBodies(text) : [];
  return text.replace(TOKEN, (token: string, offset: number) => {
    // PEM armour (-----BEGIN …-----…) is not a token, and a name followed by a file extension is a file name.
    if (token.startsWith('[REDACTED') || token.includes('-----') || /^\.[A-Za-z0-9]{1,8}\b/.test(text.slice(offset + token.length, offset + token.length + 10)) || !looksRandom(token)) return token;
    const before = text.slice(Math.max(0, offset - 300), offset);
    const named = EVIDENCE_KEY.exec(before.slice(-KEY_WINDOW));
    // …unless the key also names a secret (session_blob, secret_hash).
    if ((named && !SECRET_IN_KEY.test(named[0])) || HASH_CONTEXT.test(before.slice(-KEY_WINDOW)) || IN_ARN.test(before)) return token;
    // A JSON Web Key's public parameters (kty=RSA e=AQAB n=…).
    if (/\bkty\b/.test(before) && /\b(?:n|e|x|y|x5c|x5t)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?$/.test(before.slice(-KEY_WINDOW))) return token;
    if (pemBodies.some(([start, end]) => offset >= start && offset < end)) return token;
    // In a path or URL only the random segment goes (…/api/<key>/catch/118822 keeps its words).
    const segments = pathSegments(token);
    return segments ? segments.map((seg) => (looksRandomWord(seg) ? '[REDACTED:secret]' : seg)).join('/') : '[REDACTED:secret]';
  });
}
