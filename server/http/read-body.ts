/** Reads a request's JSON body, bounded (the API takes small bodies only). */
import type { IncomingMessage } from 'node:http';

export const MAX_REQUEST_BODY = 64 * 1024;

export type BodyResult = { ok: true; body: unknown } | { ok: false; status: 400 | 413; message: string };

/** The parsed JSON body (undefined when empty); a 400/413 result when malformed or too large. */
export async function readJsonBody(request: IncomingMessage): Promise<BodyResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BODY) return { ok: false, status: 413, message: `request body exceeds ${MAX_REQUEST_BODY} bytes` };
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return { ok: true, body: undefined };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400, message: 'request body is not valid JSON' };
  }
}
