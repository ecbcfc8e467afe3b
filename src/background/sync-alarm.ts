/** The name of the alarm that wakes the worker for the next sync (and the retry after a failure). */
export const SYNC_ALARM = 'scansight-sync';
