import type { ScanStatus } from './types.ts';

/** Total order, higher is worse: submission_error, failed > partially_completed > running > stopped > not_started > completed. */
export function severity(status: ScanStatus): number {
  void status;
  throw new Error('not implemented yet (issue 2)');
}
