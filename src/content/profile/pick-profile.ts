/** Chooses the dashboard profile for a page. New dashboards add their profile to the list. */
import { referenceProfile } from './reference-profile.ts';
import type { DashboardProfile } from './types.ts';

/** Built-in profiles, most specific first. */
export const PROFILES: readonly DashboardProfile[] = [referenceProfile];

/** The first profile that understands `url`, or null (the overlay then stays idle). */
export function pickProfile(url: URL, profiles: readonly DashboardProfile[] = PROFILES): DashboardProfile | null {
  return profiles.find((profile) => profile.matches(url)) ?? null;
}
