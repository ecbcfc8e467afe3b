/**
 * Arbitrary HTTP replies for fuzzing source adapters, and a fake fetch that plays one back. A reply is
 * a thrown error, a fetch that never answers (until aborted), or a response with any status, odd
 * headers and a body that is valid, spoiled, random, truncated, cut off mid-stream or not JSON at all.
 */
import fc from 'fast-check';

export type FakeReply =
  | { kind: 'throw'; error: unknown }
  | { kind: 'hang' }
  | { kind: 'response'; status: number; headers: Record<string, string>; body: string; breakStream: boolean };

const NULL_BODY_STATUSES = new Set([204, 205, 304]);

export const statusArb = fc.oneof(
  { arbitrary: fc.constant(200), weight: 4 },
  fc.constantFrom(200, 201, 204, 304, 400, 401, 403, 404, 409, 413, 429, 500, 502, 503, 504),
  fc.integer({ min: 200, max: 599 }),
);

/** Retry-After as servers send it, and as they get it wrong. */
export const retryAfterArb = fc.oneof(
  fc.nat().map(String),
  fc.stringMatching(/^\d{1,400}$/),
  fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
  fc.constantFrom('-5', '1.5', '1e400', 'Infinity', 'NaN', 'Wed, 21 Oct 2026 07:28:00 GMT', 'Fri, 31 Dec 275760 00:00:00 GMT', ' 30 '),
  fc.string({ maxLength: 40 }),
);

export const pollIntervalArb = fc.oneof(fc.nat().map(String), fc.double().map(String), fc.constantFrom('1e400', '1e300', '-1', '0.000001'), fc.string({ maxLength: 20 }));

const headersArb = fc.record(
  { 'Retry-After': retryAfterArb, 'X-Poll-Interval': pollIntervalArb, ETag: fc.string({ maxLength: 30 }), 'Content-Type': fc.constantFrom('application/json', 'text/html', '') },
  { requiredKeys: [] },
);

/** Body text around a valid body: itself, truncated, a number turned into 1e999, or unrelated text. */
export function bodyArb(valid: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  const validText = valid.map((v) => JSON.stringify(v) ?? '');
  return fc.oneof(
    { arbitrary: validText, weight: 4 },
    validText.chain((t) => fc.nat(t.length).map((n) => t.slice(0, n))),
    validText.map((t) => t.replace(/(:)\d+/g, '$11e999')),
    // JSON.parse reads 1e999 as Infinity: a number field that is not finite.
    validText.map((t) => t.replace(/("durationMs":)-?[\d.e+-]+/g, '$11e999')),
    fc.json(),
    fc.anything().map((v) => JSON.stringify(v) ?? ''),
    fc.string({ unit: 'binary' }),
    fc.constantFrom('', 'null', '{}', '[]', '{"data":null}', '{"data":{}}', "{'data': None}", '<html>Bad gateway</html>'),
  );
}

export function replyArb(validBody: fc.Arbitrary<unknown>): fc.Arbitrary<FakeReply> {
  return fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('response' as const), status: statusArb, headers: headersArb, body: bodyArb(validBody), breakStream: fc.nat(9).map((n) => n === 0) }), weight: 20 },
    fc.record({
      kind: fc.constant('throw' as const),
      error: fc.oneof(fc.constant(new TypeError('Failed to fetch')), fc.constant(new DOMException('aborted', 'AbortError')), fc.anything()),
    }),
    fc.constant({ kind: 'hang' as const }),
  );
}

/** Headers the Fetch API accepts (a server cannot send CR, LF or NUL in a value anyway). */
function toHeaders(raw: Record<string, string>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    try {
      headers.set(name, value);
    } catch {
      // Not representable on the wire: leave it out.
    }
  }
  return headers;
}

function streamOf(body: string, breakStream: boolean): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(body);
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes.slice(0, Math.floor(bytes.length / 2)));
      if (breakStream) controller.error(new TypeError('network error: connection reset'));
      else {
        controller.enqueue(bytes.slice(Math.floor(bytes.length / 2)));
        controller.close();
      }
    },
  });
}

/** A fetch that answers every request with `reply`, recording each request's URL and headers. */
export function fakeFetch(reply: FakeReply, log: Array<{ url: string; headers: Headers }> = []): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    log.push({ url: String(input instanceof Request ? input.url : input), headers: new Headers(init?.headers) });
    if (reply.kind === 'throw') throw reply.error;
    if (reply.kind === 'hang') {
      return new Promise<Response>((_resolve, reject) => {
        const signal = init?.signal;
        if (signal?.aborted) reject(signal.reason);
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    }
    const body = NULL_BODY_STATUSES.has(reply.status) ? null : streamOf(reply.body, reply.breakStream);
    return new Response(body, { status: reply.status, headers: toHeaders(reply.headers) });
  }) as typeof fetch;
}
