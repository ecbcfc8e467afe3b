/** Every overlay feature, in the order they are started. */
import type { Feature } from '../context.ts';
import { connector } from './connector.ts';
import { failedJob } from './failed-job.ts';
import { failedScanRow } from './failed-scan-row.ts';
import { hint } from './hint.ts';
import { statusChip } from './status-chip.ts';
import { streak } from './streak.ts';

export const FEATURES: readonly Feature[] = [statusChip, failedJob, failedScanRow, hint, streak, connector];
