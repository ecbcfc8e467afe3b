/** Starts the reference server for background tests, with a control helper and a request log. */
import { startReferenceServer, type ReferenceServer } from '../../../server/start-server.ts';
import { configure, createTestBackground, resetStorage, type TestBackground } from './test-background.ts';

export interface TestServer {
  server: ReferenceServer;
  /** `STATUS /path?query` of every API request the extension made, in order. */
  log: string[];
  /** A fetch that records into `log`; pass it to the background. */
  fetch: typeof fetch;
  control(path: 'scenario' | 'advance' | 'transition' | 'fault' | 'reset', body: unknown): Promise<void>;
  close(): Promise<void>;
}

/** A frozen-clock reference server on an ephemeral port. */
export async function startTestServer(scenario: string): Promise<TestServer> {
  const server = await startReferenceServer({ port: 0, control: true, scenario, speed: 0, dashboard: false });
  const log: string[] = [];
  const recording: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const url = new URL(String(input));
    log.push(`${response.status} ${url.pathname}${url.search}`);
    return response;
  };
  return {
    server,
    log,
    fetch: recording,
    async control(path, body) {
      const response = await fetch(`${server.url}/__control/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      if (!response.ok) throw new Error(`control ${path}: ${response.status} ${await response.text()}`);
    },
    close: () => server.close(),
  };
}

/**
 * Storage reset, a reference server of `scenario` and a background configured against it (dashboard at
 * /app/), synced once: the set-up of tests that start from a filled cache.
 */
export async function startSyncedBackground(scenario = 'seed'): Promise<{ api: TestServer; t: TestBackground }> {
  resetStorage();
  const api = await startTestServer(scenario);
  const t = createTestBackground({ fetch: api.fetch });
  await configure(t.browser, { apiUrl: api.server.url, dashboardUrl: `${api.server.url}/app/` }, api.server.token);
  await t.bg.sync.run();
  return { api, t };
}
