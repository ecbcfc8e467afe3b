/** Base64 decoding for text only, pure (no atob, no Buffer): null when the input is not base64 of readable text. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE: Readonly<Record<string, number>> = Object.fromEntries([...ALPHABET].map((c, i) => [c, i]));

/**
 * The text a standard base64 string encodes, if at least 90% of it is printable ASCII or whitespace
 * (credential files, scripts, JSON); null for binary data, bad length or foreign characters.
 */
export function decodeBase64Text(encoded: string): string | null {
  const body = encoded.replace(/={1,2}$/, '');
  if (body.length % 4 === 1) return null;
  let bits = 0;
  let acc = 0;
  let printable = 0;
  let out = '';
  for (const c of body) {
    const v = VALUE[c];
    if (v === undefined) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      const byte = (acc >> bits) & 0xff;
      if ((byte >= 0x20 && byte < 0x7f) || byte === 0x0a || byte === 0x0d || byte === 0x09) printable++;
      out += String.fromCharCode(byte);
    }
  }
  return out.length > 0 && printable >= out.length * 0.9 ? out : null;
}
