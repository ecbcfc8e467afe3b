/**
 * The cause a failure notification names, so whoever reads it knows which fix to reach for before
 * opening anything: the labels of the scan's classified error logs, as the popup and the overlay
 * show them ("Invalid credentials (AADSTS7000215)", "Missing permission: ec2:DescribeInstances").
 */
import { readScanFacts, type CacheFacts } from '../cache/read-cache.ts';
import type { CacheDb } from '../cache/schema.ts';
import { errorKindMessage } from '../core/index.ts';
import type { Translate } from '../platform/i18n.ts';
import { translateRef } from '../platform/translate-ref.ts';
import { classifiedErrors } from './views/scan-insight.ts';

/** Distinct labels beyond this many are left to the popup. */
const MAX_CAUSES = 2;

/** The scan's distinct error-kind labels in the browser's language, oldest log first, at most two; null when it logged no error. */
export async function notificationCause(db: CacheDb, facts: CacheFacts, scanId: string, t: Translate): Promise<string | null> {
  const read = await readScanFacts(db, scanId);
  if (!read || read.errors.length === 0) return null;
  const errors = classifiedErrors({ ...facts, errorsByScan: new Map([[scanId, read.errors]]) }, read.scan);
  const labels = [...new Set(errors.map((e) => translateRef(errorKindMessage(e.classification), t)))];
  const shown = labels.slice(0, MAX_CAUSES).join(' · ');
  return labels.length > MAX_CAUSES ? `${shown} …` : shown;
}
