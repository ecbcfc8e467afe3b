/** Which host permissions the settings need: the API's origin and the dashboard's. */
import type { Settings } from '../messages.ts';
import { originPattern } from '../platform/permissions.ts';

/** Match patterns for the API URL and (when set) the dashboard URL, without duplicates. */
export function hostOrigins(settings: Pick<Settings, 'apiUrl' | 'dashboardUrl'>): string[] {
  const patterns = [settings.apiUrl, settings.dashboardUrl].map((url) => (url ? originPattern(url) : null));
  return [...new Set(patterns.filter((p): p is string => p !== null))];
}

/** The field label of the first URL that is set but not http(s), or null when both are fine. */
export function invalidUrlField(settings: Pick<Settings, 'apiUrl' | 'dashboardUrl'>): 'apiUrl' | 'dashboardUrl' | null {
  if (settings.apiUrl && !originPattern(settings.apiUrl)) return 'apiUrl';
  if (settings.dashboardUrl && !originPattern(settings.dashboardUrl)) return 'dashboardUrl';
  return null;
}
