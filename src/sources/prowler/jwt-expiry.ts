/**
 * Reads a JWT's `exp` claim without verifying the signature: ScanSight only needs to know when to
 * refresh, and the server verifies. Returns epoch ms, or null when the token has no readable `exp`
 * (then it is used until the server rejects it).
 */
export function jwtExpiresAt(token: string): number | null {
  const payload = token.split('.')[1];
  if (payload === undefined || payload === '') return null;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const json = new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    const exp = (JSON.parse(json) as { exp?: unknown })?.exp;
    return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : null;
  } catch {
    return null;
  }
}
