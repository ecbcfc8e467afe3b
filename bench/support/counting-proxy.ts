/**
 * A loopback reverse proxy in front of the reference server's API that counts what crosses the wire:
 * requests (by path) and the exact bytes read from and written to the browser's sockets (request and
 * response lines, headers and bodies). The extension's API URL points here; the dashboard does not.
 */
import { createServer, request as forward, Agent, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface TrafficSnapshot {
  requests: number;
  /** Bytes the browser sent (requests). */
  bytesUp: number;
  /** Bytes the browser received (responses). */
  bytesDown: number;
  /** Requests by path without the query (`/api/v1/scans/{id}/jobs` collapsed to `/api/v1/scans/*\/jobs`). */
  byPath: Record<string, number>;
  /** Responses by status code. */
  byStatus: Record<string, number>;
}

export interface CountingProxy {
  url: string;
  /** performance.now() of the first request, null before any. */
  firstRequestAt(): number | null;
  snapshot(): TrafficSnapshot;
  /** Traffic since `before`. */
  since(before: TrafficSnapshot): TrafficSnapshot;
  close(): Promise<void>;
}

const pathKey = (url: string) => url.split('?')[0]!.replace(/\/scans\/[^/]+\//, '/scans/*/').replace(/\/scans\/[^/]+$/, '/scans/*');

function diff(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(after)) if (value - (before[key] ?? 0) > 0) out[key] = value - (before[key] ?? 0);
  return out;
}

/** Starts a counting proxy to `target` (an http://host:port origin) on an ephemeral loopback port. */
export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  const live = new Set<Socket>();
  const closed = { up: 0, down: 0 };
  let requests = 0;
  let first: number | null = null;
  const byPath: Record<string, number> = {};
  const byStatus: Record<string, number> = {};

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    requests++;
    first ??= performance.now();
    const key = pathKey(req.url ?? '/');
    byPath[key] = (byPath[key] ?? 0) + 1;
    const send = (retried: boolean) => {
      const out = forward(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host }, agent },
        (answer) => {
          byStatus[answer.statusCode ?? 0] = (byStatus[answer.statusCode ?? 0] ?? 0) + 1;
          res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
          answer.pipe(res);
        },
      );
      out.on('error', () => {
        // A kept-alive upstream socket the server closed just as it was reused (ECONNRESET before any
        // answer): a GET has no body to replay, so it goes again once on a new socket, unseen by the
        // browser's counters. Anything else is the proxy's own 502.
        if (!retried && req.method === 'GET' && !res.headersSent) send(true);
        else if (!res.headersSent) res.writeHead(502).end();
        else res.destroy();
      });
      if (req.method !== 'GET') return void req.pipe(out);
      req.resume();
      out.end();
    };
    send(false);
  });
  server.on('connection', (socket: Socket) => {
    live.add(socket);
    socket.on('close', () => {
      closed.up += socket.bytesRead;
      closed.down += socket.bytesWritten;
      live.delete(socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const snapshot = (): TrafficSnapshot => {
    let up = closed.up;
    let down = closed.down;
    for (const socket of live) {
      up += socket.bytesRead;
      down += socket.bytesWritten;
    }
    return { requests, bytesUp: up, bytesDown: down, byPath: { ...byPath }, byStatus: { ...byStatus } };
  };
  return {
    url: `http://127.0.0.1:${port}`,
    firstRequestAt: () => first,
    snapshot,
    since(before) {
      const now = snapshot();
      return {
        requests: now.requests - before.requests,
        bytesUp: now.bytesUp - before.bytesUp,
        bytesDown: now.bytesDown - before.bytesDown,
        byPath: diff(now.byPath, before.byPath),
        byStatus: diff(now.byStatus, before.byStatus),
      };
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}
