/** Test doubles for the options page: a scripted background behind sendMessage, and host permissions. */
import { vi } from 'vitest';
import type { MessageName, Request, Response, Settings } from '../../messages.ts';

/** Replaces src/platform/send-message.ts. */
export const sendMessage = vi.fn();
/** Spread over src/platform/permissions.ts (originPattern stays real). */
export const permissions = { requestOrigins: vi.fn(), hasOrigins: vi.fn() };

export const SETTINGS: Settings = {
  sourceType: 'scansight', apiUrl: '', dashboardUrl: '', pollIdleMinutes: 5,
  notifications: { broken: true, stillFailing: true, fixed: true, completed: false, quietHours: null },
  retention: { runsPerProject: 20, errorLogDays: 30 }, overlayEnabled: true, prowlerAuth: 'api-key', prowlerEmail: '',
};

/** A fake background answering each message type; anything else rejects. */
export function background(answers: Partial<{ [K in MessageName]: (req: Request<K>) => Response<K> }>): void {
  sendMessage.mockImplementation(async (type: MessageName, payload: unknown) => {
    const answer = (answers as Record<string, (req: unknown) => unknown>)[type];
    if (!answer) throw new Error(`unexpected ${type}`);
    return answer(payload);
  });
}

/** An 'options/get' answer. */
export const get = (overrides: Partial<Response<'options/get'>> = {}) => () => ({ settings: SETTINGS, hasToken: false, hasPassword: false, locked: [], ...overrides });

/** The payloads sent with one message type, in order. */
export const payloadsOf = (type: MessageName) => sendMessage.mock.calls.filter(([name]) => name === type).map(([, payload]) => payload as unknown);

/** Fresh mocks: no origin granted yet, and the user grants what is asked. */
export function resetBackground(): void {
  vi.clearAllMocks();
  permissions.hasOrigins.mockResolvedValue(false);
  permissions.requestOrigins.mockResolvedValue(true);
}
