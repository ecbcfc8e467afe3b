/** `npm run server -- [--port n] [--host h] [--token t] [--scenario name] [--speed x] [--control] [--flavor f]` */
import { parseArgs } from './parse-args.ts';
import { startReferenceServer } from './start-server.ts';
import { SCENARIO_NAMES } from './scenarios/catalog.ts';
import { builtDashboard } from './dashboard-host/build-dashboard.ts';

const USAGE = `Usage: npm run server -- [--port 8787] [--host 127.0.0.1] [--token demo-token]
       [--scenario lively] [--speed 1] [--control] [--flavor scansight|prowler]
Scenarios: ${SCENARIO_NAMES.join(', ')}`;

const parsed = parseArgs(process.argv.slice(2));
if (!parsed.ok || parsed.help) {
  if (!parsed.ok) console.error(parsed.message);
  console.log(USAGE);
  process.exit(parsed.ok ? 0 : 2);
}

try {
  const server = await startReferenceServer(parsed.options);
  const o = parsed.options;
  console.log(`ScanSight reference server (${o.flavor ?? 'scansight'} flavor, scenario ${o.scenario ?? 'lively'}, speed ${o.speed ?? 1}×)`);
  const auth = o.flavor === 'prowler' ? `Authorization: Api-Key ${server.token}, or a JWT from POST /api/v1/tokens` : `Authorization: Bearer ${server.token}`;
  console.log(`  API:       ${server.url}/api/v1   (${auth})`);
  // Prowler's sign-in form refuses passwords under 12 characters, and the password is the token.
  if (o.flavor === 'prowler' && server.token.length < 12) console.log(`  Note: Prowler App's UI cannot sign in with a password under 12 characters; pass --token with 12 or more to use it.`);
  console.log(`  Dashboard: ${server.url}/app/projects`);
  if (o.control) console.log(`  Control:   ${server.url}/__control/state`);
  // Build the dashboard now so the first page view is quick.
  builtDashboard().then(
    () => console.log('  Dashboard ready.'),
    (error: unknown) => console.error('Dashboard build failed:', error),
  );
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
