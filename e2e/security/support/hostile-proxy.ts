/**
 * A recording, rewriting proxy in front of the reference server. Every API reply's text fields
 * (`name`, `message`, `detail`, `code`, `submissionError`) become payloads of the XSS corpus — within
 * the contract's length limits, so the extension accepts them and has to render them. The dashboard's
 * own API (/app/api) passes untouched: what is tested is ScanSight's rendering, not the dashboard's.
 * Every request through the proxy is recorded.
 */
import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { XSS_CORPUS } from './xss-corpus.ts';

const TEXT_FIELDS = new Set(['name', 'message', 'detail', 'code', 'submissionError']);

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export interface HostileProxy {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

function rewrite(value: unknown, next: () => string): unknown {
  if (Array.isArray(value)) return value.map((v) => rewrite(v, next));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, TEXT_FIELDS.has(k) && typeof v === 'string' ? next() : rewrite(v, next)]),
  );
}

/** Starts the proxy on an ephemeral loopback port, forwarding to `target` (e.g. http://127.0.0.1:1234); `rewrite: false` only records. */
export async function startHostileProxy(target: string, options: { rewrite?: boolean } = {}): Promise<HostileProxy> {
  const upstream = new URL(target);
  const requests: RecordedRequest[] = [];
  let n = 0;
  const next = () => XSS_CORPUS[n++ % XSS_CORPUS.length]!;
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    const hostile = options.rewrite !== false && (req.url ?? '').startsWith('/api/v1/');
    // No conditional requests: every reply is rewritten afresh.
    const { 'if-none-match': _etag, ...headers } = req.headers;
    const out = httpRequest({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...headers, host: upstream.host } }, (reply) => {
      const chunks: Buffer[] = [];
      reply.on('data', (c: Buffer) => chunks.push(c));
      reply.on('end', () => {
        let body = Buffer.concat(chunks);
        const { 'content-length': _len, etag: _tag, ...replyHeaders } = reply.headers;
        if (hostile && String(reply.headers['content-type']).includes('json') && body.length > 0) {
          body = Buffer.from(JSON.stringify(rewrite(JSON.parse(body.toString('utf8')), next)));
        }
        res.writeHead(reply.statusCode ?? 502, { ...replyHeaders, 'content-length': body.length });
        res.end(body);
      });
    });
    out.on('error', () => res.writeHead(502).end());
    req.pipe(out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
