/**
 * A benchmark session: the reference server (control API, frozen clock), a counting proxy in front of
 * its API, and Chromium with the e2e build of the extension, configured through the options page with
 * the proxy as its API URL. Reuses the e2e harness (e2e/support).
 */
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../../e2e/support/chromium.ts';
import { configureExtension } from '../../e2e/support/configure-extension.ts';
import { startControlledServer, type ControlledServer } from '../../e2e/support/reference-server.ts';
import { startCountingProxy, type CountingProxy } from './counting-proxy.ts';

export interface BenchSession {
  server: ControlledServer;
  proxy: CountingProxy;
  ext: ChromiumWithExtension;
  /** Points the extension at a fresh proxy (a new API origin: the background rebuilds its cache, cold). */
  reconnect(): Promise<CountingProxy>;
  close(): Promise<void>;
}

export async function startBenchSession(options: { extensionPath: string; scenario: string; configure?: boolean }): Promise<BenchSession> {
  const server = await startControlledServer({ scenario: options.scenario });
  let proxy = await startCountingProxy(server.url);
  const ext = await launchChromiumWithExtension({ extensionPath: options.extensionPath });
  const configure = async () => {
    const page = await configureExtension(ext, { apiUrl: proxy.url, token: server.token, dashboardUrl: server.dashboardUrl });
    await page.close();
  };
  if (options.configure !== false) await configure();
  return {
    server,
    get proxy() {
      return proxy;
    },
    ext,
    async reconnect() {
      const old = proxy;
      proxy = await startCountingProxy(server.url);
      await configure();
      await old.close();
      return proxy;
    },
    async close() {
      await ext.close();
      await proxy.close();
      await server.close();
    },
  };
}
