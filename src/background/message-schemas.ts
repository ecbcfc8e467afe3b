/** Schemas (valibot) for every request of the protocol (src/messages.ts): nothing unvalidated reaches a handler. */
import * as v from 'valibot';
import type { MessageName } from '../messages.ts';
import { CredentialsSchema, SettingsSchema } from './settings-schema.ts';

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(256));
const empty = v.strictObject({});
const isoOrNull = v.nullable(v.pipe(v.string(), v.maxLength(64), v.check((s) => Number.isFinite(Date.parse(s)), 'not a date')));

/** Message name → schema of its payload. */
export const REQUEST_SCHEMAS: { readonly [K in MessageName]: v.GenericSchema } = {
  'popup/screen': v.strictObject({
    view: v.strictObject({ filter: v.picklist(['attention', 'running', 'all']), search: v.pipe(v.string(), v.maxLength(200)), allRuns: v.boolean() }),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500))),
  }),
  'popup/rows': empty,
  'popup/detail': v.strictObject({ scanId: id }),
  'sync/now': empty,
  'scan/rerun': v.strictObject({ scanId: id }),
  'scan/stop': v.strictObject({ scanId: id }),
  'scan/acknowledge': v.strictObject({ scanId: id, acknowledged: v.boolean() }),
  'project/mute': v.strictObject({ projectId: id, muted: v.boolean() }),
  'project/snooze': v.strictObject({ projectId: id, until: isoOrNull }),
  'open/dashboard': v.strictObject({
    scanId: v.optional(id),
    projectId: v.optional(id),
    page: v.optional(v.picklist(['projects', 'history', 'errors'])),
  }),
  'open/integrations': empty,
  'open/options': empty,
  'options/get': empty,
  'options/save': v.strictObject({ settings: SettingsSchema, credentials: v.optional(CredentialsSchema) }),
  'options/test': v.strictObject({ settings: SettingsSchema, credentials: v.optional(CredentialsSchema) }),
  'cache/clear': empty,
  'notifications/test': empty,
  'notifications/recent': empty,
  'overlay/data': v.strictObject({ url: v.pipe(v.string(), v.maxLength(4096)) }),
};

/** The envelope every message arrives in. */
export const EnvelopeSchema = v.object({
  type: v.picklist(Object.keys(REQUEST_SCHEMAS) as MessageName[]),
  payload: v.unknown(),
});
