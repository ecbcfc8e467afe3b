/** The one JSON error shape of the API: `{ "error": { "code": "...", "message": "..." } }`. */
import type { ApiReply } from './route.ts';

export type ErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'bad_request'
  | 'conflict'
  | 'payload_too_large'
  | 'rate_limited'
  | 'internal_error'
  | 'bad_gateway'
  | 'unavailable';

/** An error reply with the API's error body. */
export function errorReply(status: number, code: ErrorCode, message: string, headers?: Record<string, string>): ApiReply {
  return { status, body: { error: { code, message } }, ...(headers ? { headers } : {}) };
}
