import { launchChromiumWithExtension, type ChromiumWithExtension } from './chromium.ts';
import { configureExtension } from './configure-extension.ts';
import { DIST_E2E } from './paths.ts';
import { startControlledServer, type ControlledServer } from './reference-server.ts';

export interface Session {
  server: ControlledServer;
  ext: ChromiumWithExtension;
  close(): Promise<void>;
}

/**
 * A reference server with `scenario` and Chromium with the e2e build, configured against it through the
 * options page (unless `configure: false`).
 */
export async function startSession(options: { scenario: string; configure?: boolean; speed?: number; uiLanguage?: string }): Promise<Session> {
  const server = await startControlledServer({ scenario: options.scenario, speed: options.speed });
  let ext: ChromiumWithExtension;
  try {
    ext = await launchChromiumWithExtension({ extensionPath: DIST_E2E, ...(options.uiLanguage ? { uiLanguage: options.uiLanguage } : {}) });
  } catch (error) {
    await server.close();
    throw error;
  }
  const close = async () => {
    await ext.close();
    await server.close();
  };
  try {
    if (options.configure !== false) {
      const page = await configureExtension(ext, { apiUrl: server.url, token: server.token, dashboardUrl: server.dashboardUrl });
      await page.close();
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { server, ext, close };
}
