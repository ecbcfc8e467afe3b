import { startReferenceServer, type ReferenceServer } from '../../server/start-server.ts';

/** A reference server on an ephemeral loopback port, with its test-only control API. */
export interface ControlledServer {
  url: string;
  token: string;
  /** What the options page's "Dashboard URL" field takes. */
  dashboardUrl: string;
  control: ControlClient;
  close(): Promise<void>;
}

/** Thin client of the server's /__control/ endpoints. */
export interface ControlClient {
  scenario(name: string): Promise<void>;
  advance(ms: number): Promise<void>;
  /** Forces a job's or scan's transition; returns the scan as the server now has it. */
  transition(body: { scanId: string; jobId?: string; status?: string; lifecycle?: string; error?: { code?: string; message: string } }): Promise<ServerScan>;
  fault(body: { kind: string; match?: string; count?: number | null; retryAfter?: number | string; delayMs?: number }): Promise<void>;
  /** Removes every fault, leaving the scenario, clock and transitions as they are. */
  clearFaults(): Promise<void>;
  reset(): Promise<void>;
}

export interface ServerScan {
  id: string;
  projectId: string;
  [key: string]: unknown;
}

/**
 * Starts the reference server for a test. The simulated clock is frozen (speed 0) unless asked:
 * the tests move it with `control.advance`, so nothing changes under them by itself.
 */
export async function startControlledServer(options: { scenario: string; speed?: number }): Promise<ControlledServer> {
  const server: ReferenceServer = await startReferenceServer({
    port: 0,
    control: true,
    scenario: options.scenario,
    speed: options.speed ?? 0,
  });
  const post = async (path: string, body: unknown): Promise<unknown> => {
    const response = await fetch(`${server.url}/__control/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`control ${path} answered ${response.status}: ${text}`);
    return (JSON.parse(text) as { data: unknown }).data;
  };
  return {
    url: server.url,
    token: server.token,
    dashboardUrl: `${server.url}/app/`,
    control: {
      scenario: async (name) => void (await post('scenario', { name })),
      advance: async (ms) => void (await post('advance', { ms })),
      transition: async (body) => (await post('transition', body)) as ServerScan,
      fault: async (body) => void (await post('fault', body)),
      clearFaults: async () => void (await post('clear-faults', {})),
      reset: async () => void (await post('reset', {})),
    },
    close: () => server.close(),
  };
}
