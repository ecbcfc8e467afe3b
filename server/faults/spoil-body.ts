/**
 * Body faults: a well-formed reply made wrong in the ways real APIs and proxies get it wrong —
 * wrong field types, hostile strings, an oversized body, truncated or malformed JSON.
 */
import type { Fault } from './fault.ts';

/** Payloads an API's text must survive as text: markup, script, bidi tricks, odd and huge unicode. */
export const HOSTILE_STRINGS: readonly string[] = [
  '<img src=x onerror="alert(document.domain)">',
  '<script>alert("scan")</script>Prod AWS',
  '"><svg/onload=alert(1)>',
  'javascript:alert(1)',
  '\u202Egnp.exe\u202C invoice — RTL override',
  'Z\u0337\u031B\u0324a\u0335l\u0338g\u0336o\u0337 text with combining marks',
  '👩‍👩‍👧‍👦 🏳️‍🌈 emoji ZWJ sequences',
  'NUL \u0000 bell \u0007 BOM \uFEFF zero-width \u200B joiner \u200D',
  'lone surrogate \uD800 here',
  '{{constructor.constructor("alert(1)")()}} ${jndi:ldap://example.invalid/a}',
  `very long: ${'Ж'.repeat(20_000)}`,
];

const TEXT_FIELDS = new Set(['name', 'message', 'detail', 'submissionError', 'code']);
const ENVELOPE_KEYS = new Set(['data', 'nextCursor', 'error']);

function mapItems(value: unknown, fn: (item: Record<string, unknown>) => void): void {
  const data = (value as { data?: unknown })?.data;
  const items = Array.isArray(data) ? data : data && typeof data === 'object' ? [data] : [];
  for (const item of items) if (item && typeof item === 'object') fn(item as Record<string, unknown>);
}

/** Every field of every item gets a wrong type: strings → numbers, numbers → strings, null → false. */
function wrongTypes(value: unknown): void {
  mapItems(value, (item) => {
    for (const [key, field] of Object.entries(item)) {
      if (ENVELOPE_KEYS.has(key)) continue;
      if (typeof field === 'string') item[key] = Number.isNaN(Date.parse(field)) ? field.length : Date.parse(field);
      else if (typeof field === 'number') item[key] = String(field);
      else if (field === null) item[key] = false;
      else if (typeof field === 'object') item[key] = JSON.stringify(field);
    }
  });
}

function hostileStrings(value: unknown): void {
  let n = 0;
  mapItems(value, (item) => {
    for (const key of Object.keys(item)) {
      if (TEXT_FIELDS.has(key)) item[key] = HOSTILE_STRINGS[n++ % HOSTILE_STRINGS.length];
    }
  });
}

/**
 * The reply's JSON value as `wrong-types` or `hostile-strings` spoil it; `value` itself for other faults.
 * The spoiling happens on a deep copy: a reply's items are the server's live records, and a fault
 * must corrupt one response, never the world the next responses are built from.
 */
export function spoiledValue(fault: Fault, value: unknown): unknown {
  if (fault.kind !== 'wrong-types' && fault.kind !== 'hostile-strings') return value;
  // A JSON round trip is the copy the wire sees anyway.
  const copy: unknown = JSON.parse(JSON.stringify(value));
  if (fault.kind === 'wrong-types') wrongTypes(copy);
  else hostileStrings(copy);
  return copy;
}

/** The serialized body for `oversized`, `truncated-json`, `malformed-json`, `deep-json` and `long-cursor`; others unchanged. */
export function spoilText(fault: Fault, text: string): string {
  switch (fault.kind) {
    case 'oversized': {
      // Still valid JSON, just far too big: a client should refuse it rather than parse it.
      const size = fault.sizeBytes ?? 16 * 1024 * 1024;
      return `${text.slice(0, -1)},"padding":"${'x'.repeat(Math.max(0, size - text.length))}"}`;
    }
    case 'truncated-json':
      return text.slice(0, Math.max(1, Math.floor(text.length / 2)));
    case 'deep-json':
      // Valid JSON whose nesting a recursive reader cannot survive.
      return `${text.slice(0, -1)},"nested":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    case 'long-cursor': {
      // A cursor the client would send back in every later URL and checkpoint.
      const body = JSON.parse(text) as Record<string, unknown>;
      return JSON.stringify({ ...body, nextCursor: 'c'.repeat(5_000_000) });
    }
    case 'malformed-json':
      // What a misconfigured proxy printing a Python dict would send.
      return text.replace(/"/g, "'").replace(/null/g, 'None').replace(/true/g, 'True');
    default:
      return text;
  }
}
