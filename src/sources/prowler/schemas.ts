/**
 * Schemas (valibot) for the Prowler App API documents ScanSight reads (OpenAPI v1.41.0, JSON:API).
 * Written from the spec's `Scan`, `Provider`, `ProviderGroup`, `Task`, `Token` and `TokenRefresh`
 * schemas. Unknown members are ignored (newer servers add fields); state strings are kept as strings
 * so the core can explain unknown ones; ids, types and timestamps must be well-formed or the whole
 * document is rejected.
 */
import * as v from 'valibot';
import { SafeId } from '../safe-id.ts';

// Bounds keep a hostile or broken server from filling the cache with megabytes per field.
// Scan and task ids go into request paths: only safe ids (src/sources/safe-id.ts), never `..`.
// Prowler App's own ids are UUIDs; the pattern also admits the reference server's `s-…`/`task-…`.
const id = SafeId;
const text = v.pipe(v.string(), v.maxLength(10_000));
const timestamp = v.pipe(v.string(), v.maxLength(64), v.isoTimestamp());
const optionalTimestamp = v.nullish(timestamp, null);

/** A JSON:API resource identifier `{type, id}` of one type. */
function identifier<T extends string>(type: T) {
  return v.object({ type: v.literal(type), id });
}

/** A to-one relationship; `data` may be null (e.g. a scan whose task was never created). */
function toOne<T extends string>(type: T) {
  return v.nullish(v.object({ data: v.nullable(identifier(type)) }), null);
}

export const ScanResource = v.object({
  type: v.literal('scans'),
  id,
  attributes: v.object({
    name: v.nullish(text, null),
    trigger: v.nullish(text, null),
    /** available | scheduled | executing | completed | failed | cancelled (others tolerated). */
    state: v.pipe(text, v.maxLength(64)),
    progress: v.nullish(v.number(), null),
    /** Seconds. */
    duration: v.nullish(v.number(), null),
    inserted_at: timestamp,
    started_at: optionalTimestamp,
    completed_at: optionalTimestamp,
    scheduled_at: optionalTimestamp,
    next_scan_at: optionalTimestamp,
  }),
  relationships: v.object({
    provider: v.object({ data: identifier('providers') }),
    task: toOne('tasks'),
  }),
});
export type ScanResource = v.InferOutput<typeof ScanResource>;

export const ProviderResource = v.object({
  type: v.literal('providers'),
  id,
  attributes: v.object({
    inserted_at: timestamp,
    updated_at: v.nullish(timestamp, null),
    provider: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
    uid: v.pipe(v.string(), v.minLength(1), v.maxLength(250)),
    alias: v.nullish(text, null),
    connection: v.nullish(
      v.object({ connected: v.nullish(v.boolean(), null), last_checked_at: optionalTimestamp }),
      null,
    ),
  }),
  relationships: v.nullish(
    v.object({
      secret: toOne('provider-secrets'),
      provider_groups: v.nullish(v.object({ data: v.array(identifier('provider-groups')) }), null),
    }),
    null,
  ),
});
export type ProviderResource = v.InferOutput<typeof ProviderResource>;

export const TaskResource = v.object({
  type: v.literal('tasks'),
  id,
  attributes: v.object({
    inserted_at: v.nullish(timestamp, null),
    completed_at: optionalTimestamp,
    name: v.nullish(text, null),
    state: v.pipe(text, v.maxLength(64)),
    /** Free-form in the spec; a failed Celery task carries exc_type / exc_message / exc_module. */
    result: v.nullish(v.unknown(), null),
    task_args: v.nullish(v.unknown(), null),
  }),
});
export type TaskResource = v.InferOutput<typeof TaskResource>;

/** A failed Celery task's result, as django-celery-results stores it. */
export const TaskFailure = v.object({
  exc_type: v.pipe(v.string(), v.minLength(1), v.maxLength(256)),
  // Celery serialises the exception's args: usually a list, a plain string on older versions.
  exc_message: v.union([v.array(v.unknown()), v.string()]),
  exc_module: v.nullish(v.pipe(v.string(), v.maxLength(256)), null),
});
export type TaskFailure = v.InferOutput<typeof TaskFailure>;

/** Pagination as Prowler's DRF JSON:API renderer adds it; absent in the spec, so optional. */
const paging = {
  links: v.nullish(v.object({ next: v.nullish(v.string(), null) }), null),
  meta: v.nullish(
    v.object({ pagination: v.nullish(v.object({ page: v.number(), pages: v.number() }), null) }),
    null,
  ),
};

export const ScanListDocument = v.object({ data: v.array(ScanResource), ...paging });
export const ProviderListDocument = v.object({ data: v.array(ProviderResource), ...paging });
export const ScanDocument = v.object({
  data: ScanResource,
  // Checked loosely here; the included provider is then validated whole with ProviderResource.
  included: v.nullish(v.array(v.looseObject({ type: v.string(), id })), null),
});
export const TaskDocument = v.object({ data: TaskResource });

export const TokenDocument = v.object({
  data: v.object({
    type: v.union([v.literal('tokens'), v.literal('tokens-refresh')]),
    attributes: v.object({
      access: v.pipe(v.string(), v.minLength(1), v.maxLength(8192)),
      // Refresh rotates the refresh token; tolerate a server that does not send a new one.
      refresh: v.nullish(v.pipe(v.string(), v.minLength(1), v.maxLength(8192)), null),
    }),
  }),
});

export type Paging = { links: { next: string | null } | null; meta: { pagination: { page: number; pages: number } | null } | null };
