// @vitest-environment happy-dom
/**
 * The overlay says nothing in English of its own: every feature, on every saved dashboard page,
 * rendered in a pseudo-locale, shows only messages and the dashboard's data in its annotations.
 */
import { describe, expect, it, vi } from 'vitest';
import { FIXTURES, loadFixture, type FixtureName } from './testing/fixtures.ts';
import { overlayData } from './testing/overlay-data.ts';
import { prowlerOverlayData } from './testing/prowler-overlay-data.ts';
import { prowlerProfile } from './profile/prowler-profile.ts';
import { referenceProfile } from './profile/reference-profile.ts';
import { runFeatures } from './testing/run-features.ts';
import { FEATURES } from './features/index.ts';
import { HOST_TAG } from './dom/annotation.ts';
import type { DashboardProfile } from './profile/types.ts';
import type { OverlayData } from '../messages.ts';
import { dataStrings, literalText } from '../platform/testing/pseudo-locale.ts';

vi.mock('../platform/extension-api.ts', async () => (await import('../platform/testing/pseudo-locale.ts')).pseudoExt());

/** The data the overlay may show as it is: ids, names, the support bundle; not the English the core keeps beside its messages. */
function shownData(data: OverlayData): string[] {
  const english = new Set<string>([
    ...data.projects.flatMap((p) => [p.label, ...p.escalation.reasons.map((r) => r.text)]),
    ...data.scans.flatMap((s) => [s.label, ...s.jobs.map((j) => j.kindLabel ?? ''), ...s.remediation.flatMap((g) => [g.label, ...g.steps.map((x) => x.text)])]),
  ]);
  return dataStrings(data).filter((s) => !english.has(s));
}

/** Each saved page with the profile of its dashboard and the data matching it. */
function setupOf(name: FixtureName): { profile: DashboardProfile; data: OverlayData } {
  return name.startsWith('prowler') ? { profile: prowlerProfile, data: prowlerOverlayData() } : { profile: referenceProfile, data: overlayData() };
}

describe('overlay in a pseudo-locale', () => {
  it.each(Object.keys(FIXTURES) as FixtureName[])('%s: every annotation is messages and data only', async (name) => {
    loadFixture(name);
    const { profile, data } = setupOf(name);
    const { controller } = await runFeatures(FEATURES, data, profile);
    const hosts = [...document.querySelectorAll(HOST_TAG)];
    // The dashboard's own page names (Prowler's "Providers") are shown as its UI shows them.
    const shown = [...shownData(data), ...(profile.urls.integrationPage ? [profile.urls.integrationPage] : [])];
    const leftovers = hosts.flatMap((host) => literalText(host.shadowRoot ?? host, shown));
    // Attributes ScanSight sets on the dashboard's own elements (tooltips on marked rows) too.
    const marked = [...document.querySelectorAll('[data-scansight]:not(' + HOST_TAG + ')')].flatMap((el) => ['title', 'aria-label'].map((a) => el.getAttribute(a) ?? '').filter((v) => v.trim() && !v.includes('⟦')));
    controller.abort();
    expect(leftovers).toEqual([]);
    expect(marked).toEqual([]);
    if (hosts.length > 0) expect(hosts.map((h) => h.shadowRoot?.textContent ?? '').join('')).toContain('⟦');
  });
});
