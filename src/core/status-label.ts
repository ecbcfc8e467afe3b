import type { ScanStatus } from './types.ts';

/** The product's label for a status: "Scan Not Started", "Running", "Submission Error", "Failed", "Partially Completed", "Completed", "Stopped". */
export function statusLabel(status: ScanStatus): string {
  void status;
  throw new Error('not implemented yet (issue 2)');
}
