/**
 * A bench session whose extension cache holds a scenario's facts, written through the project's cache
 * module from an extension page (bench/browser/fill-cache.ts) instead of waiting for the worker to sync.
 * The extension is configured against an empty server first (its worker idles while the cache is
 * filled); then the server loads `scenario`. The facts are built after that load, so their times are
 * later than the server's and the worker's next sync finds nothing newer to fetch.
 */
import { waitForSettledSync } from '../../e2e/support/background-hook.ts';
import { startBenchSession, type BenchSession } from './bench-session.ts';
import { bundleForPage } from './bundle-for-page.ts';
import { openQuietExtensionPage } from './extension-page.ts';
import { scenarioFacts, type ScenarioFacts } from './scenario-facts.ts';
import type { FillBatch } from '../browser/fill-cache.ts';

const BATCH = 250;

interface FillApi {
  __benchFill: { reset(p: unknown, i: unknown): Promise<void>; add(json: string): Promise<void>; done(at: string): Promise<void> };
}

export interface CachedSession extends BenchSession {
  /** Replaces the cache's content with `scenario`'s facts (the server must serve the same scenario). */
  fill(options?: { latestOnly?: boolean }): Promise<ScenarioFacts>;
}

export async function startCachedSession(extensionPath: string, scenario: string): Promise<CachedSession> {
  const session = await startBenchSession({ extensionPath, scenario: 'empty' });
  await waitForSettledSync(session.ext);
  await session.server.control.scenario(scenario);
  const script = await bundleForPage(new URL('../browser/fill-cache.ts', import.meta.url).pathname);
  return Object.assign(session, {
    async fill(options: { latestOnly?: boolean } = {}) {
      const facts = scenarioFacts(scenario, session.server.url, options);
      const page = await openQuietExtensionPage(session.ext);
      await page.evaluate(script);
      await page.evaluate(([p, i]) => (globalThis as unknown as FillApi).__benchFill.reset(p, i), [facts.projects, facts.integrations] as const);
      for (let start = 0; start < facts.scans.length; start += BATCH) {
        const slice = facts.scans.slice(start, start + BATCH);
        const batch: FillBatch = {
          scans: slice.map((s) => s.scan),
          jobs: slice.flatMap((s) => s.jobs),
          errors: slice.flatMap((s) => s.errors),
          last: start + BATCH >= facts.scans.length,
        };
        // A JSON string crosses CDP far faster than a structured argument of the same size.
        await page.evaluate((json) => (globalThis as unknown as FillApi).__benchFill.add(json), JSON.stringify(batch));
      }
      await page.evaluate((at) => (globalThis as unknown as FillApi).__benchFill.done(at), new Date().toISOString());
      await page.close();
      return facts;
    },
  });
}
