import type { ErrorLog, Job, Project, Scan, ScanStatus } from './types.ts';

export interface SupportBundleInput {
  project: Pick<Project, 'id' | 'name' | 'kind'> | null;
  scan: Scan;
  status: ScanStatus;
  jobs: ReadonlyArray<Job>;
  errors: ReadonlyArray<ErrorLog>;
  /** ISO time the bundle was made. */
  generatedAt: string;
}

/** Plain text for a support request: ids, times, statuses, relevant error lines — secrets redacted. */
export function supportBundle(input: SupportBundleInput): string {
  void input;
  throw new Error('not implemented yet (issue 2)');
}
