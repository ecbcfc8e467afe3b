/** Chooses the dashboard profile for a page. New dashboards add their profile to the list. */
import type { SourceType } from '../../messages.ts';
import { prowlerProfile } from './prowler-profile.ts';
import { referenceProfile } from './reference-profile.ts';
import type { DashboardProfile } from './types.ts';

/** Built-in profiles, most specific first. */
export const PROFILES: readonly DashboardProfile[] = [referenceProfile, prowlerProfile];

/** The profile of `source`'s dashboard that understands `url`, or null (the overlay then stays idle). */
export function pickProfile(url: URL, source: SourceType, profiles: readonly DashboardProfile[] = PROFILES): DashboardProfile | null {
  return profiles.find((profile) => profile.source === source && profile.matches(url)) ?? null;
}
