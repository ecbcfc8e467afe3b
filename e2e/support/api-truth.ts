import type { ControlledServer } from './reference-server.ts';

/** Every scan the reference server's API lists (all pages), as the test's ground truth. */
export async function allApiScans(server: ControlledServer): Promise<Array<{ id: string; jobCount: number }>> {
  const scans: Array<{ id: string; jobCount: number }> = [];
  let cursor: string | null = null;
  do {
    const url = new URL('/api/v1/scans', server.url);
    url.searchParams.set('limit', '500');
    if (cursor) url.searchParams.set('cursor', cursor);
    const response = await fetch(url, { headers: { Authorization: `Bearer ${server.token}` } });
    if (!response.ok) throw new Error(`GET scans: ${response.status}`);
    const page = (await response.json()) as { data: Array<{ id: string; jobCount: number }>; nextCursor: string | null };
    scans.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return scans;
}
