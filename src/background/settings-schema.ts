/** Schemas (valibot) for Settings and Credentials: the options page's input and what storage holds. */
import * as v from 'valibot';
import type { Settings } from '../messages.ts';

const hhmm = v.pipe(v.string(), v.regex(/^([01]?\d|2[0-3]):[0-5]\d$/));
const url = v.pipe(v.string(), v.maxLength(2048));

export const SettingsSchema = v.object({
  sourceType: v.picklist(['scansight', 'prowler']),
  apiUrl: url,
  dashboardUrl: url,
  pollIdleMinutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 60)),
  notifications: v.object({
    broken: v.boolean(),
    stillFailing: v.boolean(),
    fixed: v.boolean(),
    completed: v.boolean(),
    quietHours: v.nullable(v.object({ start: hhmm, end: hhmm })),
  }),
  retention: v.object({
    runsPerProject: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
    errorLogDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)),
  }),
  overlayEnabled: v.boolean(),
  prowlerAuth: v.picklist(['api-key', 'password']),
  prowlerEmail: v.pipe(v.string(), v.maxLength(320)),
}) satisfies v.GenericSchema<Settings, Settings>;

export const CredentialsSchema = v.object({
  token: v.optional(v.pipe(v.string(), v.maxLength(8192))),
  password: v.optional(v.pipe(v.string(), v.maxLength(1024))),
});

/** What a fresh install starts with: nothing configured, failures on, 5-minute idle polls. */
export const DEFAULT_SETTINGS: Settings = {
  sourceType: 'scansight',
  apiUrl: '',
  dashboardUrl: '',
  pollIdleMinutes: 5,
  notifications: { broken: true, stillFailing: false, fixed: false, completed: false, quietHours: null },
  retention: { runsPerProject: 20, errorLogDays: 30 },
  overlayEnabled: true,
  prowlerAuth: 'api-key',
  prowlerEmail: '',
};

/** Settings keys an organization may set by policy (public/managed-schema.json). */
export const MANAGED_KEYS = ['sourceType', 'apiUrl', 'dashboardUrl', 'pollIdleMinutes', 'overlayEnabled'] as const satisfies ReadonlyArray<keyof Settings>;
