/** Manual run: the scenario server + Prowler's UI, left running until Ctrl-C (for development of the harness). */
import { join } from 'node:path';
import { ensureBuiltUi } from './build-ui.ts';
import { CACHE_DIR } from './toolchain.ts';
import { startUi } from './start-ui.ts';
import { startProwlerWorld, DEMO_EMAIL, PROWLER_UI_PASSWORD } from './prowler-world.ts';

const uiDir = process.env.PROWLER_UI_DIR;
if (!uiDir) throw new Error('PROWLER_UI_DIR is not set: point it at the ui/ folder of a prowler-cloud/prowler checkout');
const toolchain = await ensureBuiltUi(uiDir);
const server = await startProwlerWorld();
const ui = await startUi(uiDir, toolchain, `${server.url}/api/v1`, join(CACHE_DIR, 'next-start.log'));
console.log(`Prowler UI ${ui.origin} (log ${ui.logFile}); API ${server.url}/api/v1; sign in as ${DEMO_EMAIL} / ${PROWLER_UI_PASSWORD}`);
const stop = async () => {
  await ui.close();
  await server.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
