// @vitest-environment happy-dom
/**
 * Every word the popup shows comes from public/_locales (or is the user's data): rendered in a
 * pseudo-locale, no text node or label holds English of its own.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { SCAN_STATUSES } from '../../core/scan-statuses.ts';
import { remediationFor, SEED_CAPABILITIES, escalation } from '../../core/index.ts';
import { fake, resetFakes } from '../testing/fake-platform.ts';
import { makeDetail, makeError, makeRow, makeState, rowPerStatus } from '../testing/fixtures.ts';
import { dataStrings, literalText } from '../../platform/testing/pseudo-locale.ts';
import type { PopupState } from '../../messages.ts';
import { Popup } from './popup.tsx';

vi.mock('../../platform/send-message.ts', () => import('../testing/fake-platform.ts'));
vi.mock('../../platform/on-broadcast.ts', () => import('../testing/fake-platform.ts'));
vi.mock('../../platform/local-prefs.ts', () => import('../testing/fake-platform.ts'));
vi.mock('../../platform/i18n.ts', async () => ({ t: (await import('../../platform/testing/pseudo-locale.ts')).pseudoT }));

afterEach(cleanup);

async function renderState(state: PopupState) {
  resetFakes(state);
  const view = render(<Popup />);
  await waitFor(() => expect(view.container.querySelector('[aria-busy="true"]')).toBeNull());
  return view;
}

const rows = [
  ...rowPerStatus(SCAN_STATUSES),
  makeRow({ scanId: 'run', status: 'running', jobsDone: 2, jobCount: 9, failedSoFar: 1, durationMs: null, finishedAt: null }),
  makeRow({ scanId: 'flags', status: 'failed', acknowledged: true, muted: true, snoozedUntil: '2999-01-01T00:00:00Z' }),
];

describe('popup in a pseudo-locale', () => {
  it.each([
    ['connected', makeState({ rows })],
    ['not configured', makeState({ configured: false, connection: 'not_configured', lastSuccessAt: null, rows: [] })],
    ['token rejected', makeState({ connection: 'unauthorized', rows })],
    ['unreachable', makeState({ connection: 'unreachable', lastError: { code: 'network', message: 'fetch failed', at: '' }, retryAt: Date.parse('2026-03-01T12:34:00Z'), rows })],
    ['last sync failed', makeState({ lastError: { code: 'rate_limited', message: 'slow down', at: '2026-03-01T12:00:00Z' }, rows })],
    ['no scans', makeState({ rows: [] })],
  ])('%s: no English outside the locale files', async (_name, state) => {
    const { container } = await renderState(state);
    expect(literalText(container, dataStrings(state))).toEqual([]);
  });

  it('an expanded failed scan (jobs, errors, remediation, support) has no English outside the locale files', async () => {
    const failed = makeRow({ scanId: 'f1', status: 'failed' });
    const state = makeState({ rows: [failed] });
    const detail = makeDetail(failed, {
      errors: [makeError({ scanId: 'f1' }), makeError({ scanId: 'f1', id: 'e2', classification: { kind: 'insufficient_permissions', evidence: 'AccessDenied', detail: { action: 'ec2:DescribeInstances' } } })],
      remediation: (['invalid_credentials', 'insufficient_permissions', 'temporary', 'configuration', 'unknown', 'submission_error'] as const).map((kind) => ({
        kind, label: 'x', labelMessage: { key: `kind_${kind}` },
        steps: remediationFor({ kind, capabilities: SEED_CAPABILITIES, provider: 'gcp', detail: { api: 'compute.googleapis.com', connector: 'app-1' } }),
      })),
      escalation: escalation([
        { scanId: 'a', status: 'failed', createdAt: '2026-01-03T00:00:00Z', integrationId: 'i', errorKinds: ['unknown'] },
        { scanId: 'b', status: 'failed', createdAt: '2026-01-02T00:00:00Z', integrationId: 'i', errorKinds: ['unknown'] },
        { scanId: 'c', status: 'failed', createdAt: '2026-01-01T00:00:00Z', integrationId: 'i', errorKinds: ['unknown'] },
      ]),
    });
    const { container } = await renderState(state);
    fake.details.set('f1', detail);
    fireEvent.click(container.querySelector<HTMLElement>('[data-scan-id="f1"]')!);
    const panel = await waitFor(() => {
      const found = container.querySelector<HTMLElement>('[data-detail-for="f1"] .jobs');
      if (!found) throw new Error('detail not loaded yet');
      return container.querySelector<HTMLElement>('[data-detail-for="f1"]')!;
    });
    for (const button of [...panel.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')]) fireEvent.click(button);
    fireEvent.click(panel.querySelector<HTMLElement>('[data-action="contact-support"]')!);
    await waitFor(() => expect(panel.querySelector('[data-support-block]')).not.toBeNull());
    // The English the core keeps for the support bundle is not data the UI may show.
    const english = detail.remediation.flatMap((g) => g.steps.map((s) => s.text));
    const data = dataStrings(state, { ...detail, remediation: [], escalation: null }).filter((s) => !english.includes(s));
    expect(literalText(container, data)).toEqual([]);
    expect(panel.textContent).toContain('⟦remedy_');
    expect(panel.textContent).toContain('⟦escalation_');
  });
});
