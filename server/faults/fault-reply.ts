/** Replies for the status faults (401, 403, 429, 500, 502, 503), in the API's error shape. */
import type { ApiReply } from '../http/route.ts';
import { errorReply } from '../http/error-reply.ts';
import type { Fault } from './fault.ts';

const DEFAULT_RETRY_AFTER_S = 5;

function retryAfter(fault: Fault): Record<string, string> {
  const value = fault.retryAfter ?? DEFAULT_RETRY_AFTER_S;
  return { 'Retry-After': typeof value === 'number' ? String(Math.max(0, Math.round(value))) : value };
}

/** The reply a status fault forces, or null for the other kinds. */
export function faultReply(fault: Fault): ApiReply | null {
  switch (fault.kind) {
    case '401':
      return errorReply(401, 'unauthorized', 'The access token is invalid or has expired.', { 'WWW-Authenticate': 'Bearer realm="scansight", error="invalid_token"' });
    case '403':
      return errorReply(403, 'forbidden', 'This token is not allowed to read scans of this organisation.');
    case '429':
      return errorReply(429, 'rate_limited', 'Too many requests: slow down and retry after the time given in Retry-After.', retryAfter(fault));
    case '500':
      return errorReply(500, 'internal_error', 'An unexpected error occurred. Request id: 7f3c2a9e.');
    case '502':
      return errorReply(502, 'bad_gateway', 'The upstream scan service did not answer.');
    case '503':
      return errorReply(503, 'unavailable', 'The scan API is under maintenance.', retryAfter(fault));
    default:
      return null;
  }
}
