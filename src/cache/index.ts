/** The IndexedDB cache: schema, upgrades, writes one transaction per page, reads, retention, ledger. */
export * from './schema.ts';
export * from './open-cache.ts';
export * from './sync-state.ts';
export * from './write-facts.ts';
export * from './read-cache.ts';
export * from './retention.ts';
export * from './quota.ts';
export * from './notifier-ledger.ts';
export * from './marks.ts';
