/** Replies in Prowler's JSON:API dialect: `application/vnd.api+json`, errors as `{errors: [...]}`. */
import type { ApiReply } from '../http/route.ts';

export const JSON_API = 'application/vnd.api+json';

/** A JSON:API document reply. */
export function jsonApi(status: number, body: unknown, headers?: Record<string, string>): ApiReply {
  return { status, body, contentType: JSON_API, ...(headers ? { headers } : {}) };
}

/** A JSON:API error reply, as DRF JSON:API renders one. */
export function jsonApiError(status: number, code: string, detail: string, headers?: Record<string, string>): ApiReply {
  return jsonApi(status, { errors: [{ detail, status: String(status), code, source: { pointer: '/data' } }] }, headers);
}
