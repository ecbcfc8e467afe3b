/** The pure domain of ScanSight. No browser, DOM, fetch or idb may be reached from here. */
export type * from './types.ts';
export * from './aggregate-scan-status.ts';
export * from './severity.ts';
export * from './status-label.ts';
export * from './classify-error.ts';
export * from './remediation.ts';
export * from './escalation.ts';
export * from './support-bundle.ts';
export * from './redact-secrets.ts';
export * from './diff-snapshots.ts';
export * from './badge.ts';
export * from './scan-statuses.ts';
export * from './normalize-status.ts';
export * from './latest-attempts.ts';
export * from './count-jobs.ts';
export * from './job-duration.ts';
export * from './time.ts';
