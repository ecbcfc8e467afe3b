import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { AxeResults, ImpactValue, RunOptions } from 'axe-core';

/** axe-core's browser bundle, injected into the page under test (no CDN, no network). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One violated rule, as much as a failing assertion needs to say. */
export interface Finding {
  rule: string;
  impact: ImpactValue | null;
  help: string;
  nodes: string[];
}

/** Impacts that fail the audit. */
export const BLOCKING: ReadonlyArray<ImpactValue> = ['serious', 'critical'];

/**
 * Runs axe-core in `page` (the real browser: real layout, real colours, open shadow roots) on the
 * elements matching `include` (the whole document when omitted) and returns every violation.
 */
export async function audit(page: Page, include?: string): Promise<Finding[]> {
  // Injected through the DevTools protocol, so the extension pages' CSP does not apply to it.
  await page.evaluate(AXE_SOURCE);
  const options: RunOptions = { resultTypes: ['violations'] };
  const results = await page.evaluate(
    ([selector, opts]) => {
      const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe;
      const context = selector ? { include: [...document.querySelectorAll(selector)] } : document;
      return axe.run(context, opts);
    },
    [include ?? null, options] as const,
  );
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? null,
    help: v.help,
    nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.trim()),
  }));
}

/** The violations that fail the audit (serious or critical). */
export const blocking = (findings: Finding[]) => findings.filter((f) => f.impact !== null && BLOCKING.includes(f.impact));
