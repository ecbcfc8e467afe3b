/**
 * Serves the dashboard: every `/app/...` page gets the SPA's index.html (client-side routing) and a
 * session cookie; `/app/assets/...` are the built files. `/app/api/...` is left to the API routes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { SessionStore } from '../http/auth.ts';
import { builtDashboard } from './build-dashboard.ts';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.html': 'text/html; charset=utf-8',
};

const CSP = "script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

async function serveAsset(response: ServerResponse, dir: string, path: string): Promise<void> {
  const file = normalize(join(dir, path.slice('/app/'.length)));
  if (!file.startsWith(join(dir, 'assets'))) {
    response.writeHead(404).end();
    return;
  }
  try {
    const content = await readFile(file);
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'public, max-age=31536000, immutable' });
    response.end(content);
  } catch {
    response.writeHead(404).end();
  }
}

/** A handler for `/app` requests; resolves false for paths it does not serve. */
export function createDashboardHost(sessions: SessionStore) {
  return async (request: IncomingMessage, response: ServerResponse, path: string): Promise<boolean> => {
    if (path !== '/app' && !path.startsWith('/app/')) return false;
    if (path.startsWith('/app/api/')) return false;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return true;
    }
    const dir = await builtDashboard();
    if (path.startsWith('/app/assets/')) {
      await serveAsset(response, dir, path);
      return true;
    }
    const headers: Record<string, string> = { 'Content-Type': TYPES['.html']!, 'Cache-Control': 'no-store', 'Content-Security-Policy': CSP };
    // Signing in is implicit in the demo: opening the dashboard starts a session.
    if (!sessions.valid(request.headers)) headers['Set-Cookie'] = SessionStore.cookie(sessions.create());
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : await readFile(join(dir, 'index.html')));
    return true;
  };
}
