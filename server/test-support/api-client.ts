/**
 * A test client for a running reference server: every API response it receives is checked against
 * the OpenAPI document, and the operations it exercised are recorded for the coverage test.
 */
import { assertMatchesOpenApi, templateFor } from './openapi-validator.ts';
import { startReferenceServer, type ReferenceServer, type ReferenceServerOptions } from '../start-server.ts';

export interface ApiResponse {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed body (undefined when empty or not JSON). */
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary fields
}

/** Operations (`GET /api/v1/scans`) exercised by any test client in this process. */
export const exercised = new Set<string>();

function parse(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A server on an ephemeral port with a frozen clock and the control API, plus request helpers. */
export async function startTestServer(options: ReferenceServerOptions = {}) {
  const server: ReferenceServer = await startReferenceServer({ port: 0, speed: 0, control: true, dashboard: false, scenario: 'seed', ...options });

  /** A raw request (no auth added, no validation). */
  async function raw(path: string, init: RequestInit = {}): Promise<ApiResponse> {
    const response = await fetch(server.url + path, init);
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, json: parse(text) };
  }

  /** An authenticated API request, validated against the OpenAPI document. */
  async function api(path: string, init: RequestInit & { validate?: boolean; auth?: false } = {}): Promise<ApiResponse> {
    const method = init.method ?? 'GET';
    const headers = new Headers(init.headers);
    if (!headers.has('authorization') && init.auth !== false) headers.set('authorization', `Bearer ${server.token}`);
    if (init.body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
    const response = await raw(path, { ...init, method, headers });
    if (init.validate !== false) assertMatchesOpenApi({ method, path, status: response.status, headers: response.headers, text: response.text });
    const template = templateFor(path.split('?')[0]!);
    if (template) exercised.add(`${method} ${template}`);
    return response;
  }

  /** A control API call; throws unless it succeeded. */
  async function control(endpoint: string, body?: unknown): Promise<ApiResponse> {
    const init: RequestInit = body === undefined && endpoint === 'state' ? {} : { method: 'POST', body: JSON.stringify(body ?? {}), headers: { 'content-type': 'application/json' } };
    const response = await raw(`/__control/${endpoint}`, init);
    if (response.status >= 300) throw new Error(`control ${endpoint} → ${response.status} ${response.text}`);
    return response;
  }

  return { server, raw, api, control, close: () => server.close() };
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;
