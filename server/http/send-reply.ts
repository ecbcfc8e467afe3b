/**
 * Writes an {@link ApiReply}: JSON with the API's standard headers (poll hint, server time,
 * no-cache), an ETag on every successful GET and 304 on a matching If-None-Match. A body fault,
 * when one applies, spoils the body after it is built, as a broken proxy would.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiReply } from './route.ts';
import type { Fault } from '../faults/fault.ts';
import { spoiledValue, spoilText } from '../faults/spoil-body.ts';
import { etagOf, ifNoneMatchHits } from './etag.ts';

export interface ReplyContext {
  /** Poll-interval hint, seconds (X-Poll-Interval). */
  pollIntervalSeconds: number;
  /** Simulated now, epoch ms (X-Server-Time). */
  now: number;
  fault?: Fault | undefined;
}

/** Sends `reply` for `request` on `response`. */
export function sendReply(request: IncomingMessage, response: ServerResponse, reply: ApiReply, ctx: ReplyContext): void {
  const headers: Record<string, string> = {
    'Cache-Control': 'no-cache',
    'X-Poll-Interval': String(ctx.pollIntervalSeconds),
    'X-Server-Time': new Date(ctx.now).toISOString(),
    ...reply.headers,
  };
  if (reply.status === 204 || reply.body === undefined) {
    response.writeHead(reply.status, headers).end();
    return;
  }
  let text = JSON.stringify(ctx.fault ? spoiledValue(ctx.fault, reply.body) : reply.body);
  if (ctx.fault) text = spoilText(ctx.fault, text);
  const isGet = request.method === 'GET' || request.method === 'HEAD';
  if (isGet && reply.status === 200) {
    const etag = etagOf(text);
    headers.ETag = etag;
    if (ifNoneMatchHits(request.headers['if-none-match'], etag)) {
      response.writeHead(304, headers).end();
      return;
    }
  }
  headers['Content-Type'] = reply.contentType ?? 'application/json; charset=utf-8';
  headers['Content-Length'] = String(Buffer.byteLength(text));
  response.writeHead(reply.status, headers);
  response.end(request.method === 'HEAD' ? undefined : text);
}
