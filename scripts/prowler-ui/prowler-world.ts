/**
 * The reference server's Prowler flavour in the state the harness captures and tests: the seed
 * scenario on a frozen clock (failed scans for credentials, permissions and a temporary error; a
 * cancelled one; a provider whose connection check failed), plus one completed and one executing
 * scan made through Prowler's own API, so every tab of Prowler's Scans page has rows.
 */
import { startReferenceServer, type ReferenceServer } from '../../server/start-server.ts';
import { DEMO_EMAIL } from '../../server/prowler/token-routes.ts';
import { prowlerStateOf } from '../../server/prowler/to-prowler.ts';

/** Prowler's sign-in form requires a password of at least 12 characters; the server token is the password. */
export const PROWLER_UI_PASSWORD = 'scansight-prowler-demo';
export { DEMO_EMAIL };

/** The scans the scenario adds on top of `seed`. */
export const ADDED_SCANS = {
  /** Re-run of p-stopped, finished: a completed scan. */
  completed: 's-stopped-2',
  /** Re-run of p-submission-error, left executing (the clock is frozen). */
  executing: 's-submission-error-2',
} as const;

async function call(server: ReferenceServer, path: string, body: unknown, auth = true): Promise<unknown> {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/vnd.api+json', ...(auth ? { Authorization: `Api-Key ${server.token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Runs `providerId` through Prowler's POST /scans. */
export const runProvider = (server: ReferenceServer, providerId: string) =>
  call(server, '/api/v1/scans', { data: { type: 'scans', relationships: { provider: { data: { type: 'providers', id: providerId } } } } });

/** Moves the simulated clock on. */
export const advance = (server: ReferenceServer, ms: number) => call(server, '/__control/advance', { ms }, false);

/** Starts the server and builds the scenario. */
export async function startProwlerWorld(): Promise<ReferenceServer> {
  const server = await startReferenceServer({ port: 0, control: true, scenario: 'seed', speed: 0, flavor: 'prowler', dashboard: false, token: PROWLER_UI_PASSWORD });
  try {
    await runProvider(server, 'p-stopped');
    // p-running finishes too, and the re-run of p-stopped completes: an hour is more than either needs.
    await advance(server, 60 * 60_000);
    await runProvider(server, 'p-submission-error');
    // Far enough for the task to be submitted and some jobs done: Prowler shows `executing` with progress.
    await advance(server, 40_000);
    for (const [what, id] of Object.entries(ADDED_SCANS)) {
      const record = server.world.state.scans.get(id);
      const state = record ? prowlerStateOf(record).state : 'missing';
      if (state !== what) throw new Error(`scenario: the scan ${id} should be ${what} but is ${state}`);
    }
    return server;
  } catch (error) {
    await server.close();
    throw error;
  }
}
