// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { callsOf, fake, resetFakes } from '../testing/fake-platform.ts';
import { makeDetail, makeError, makeRow, makeState } from '../testing/fixtures.ts';
import { Popup } from './popup.tsx';

vi.mock('../../platform/send-message.ts', () => import('../testing/fake-platform.ts'));
vi.mock('../../platform/on-broadcast.ts', () => import('../testing/fake-platform.ts'));
vi.mock('../../platform/local-prefs.ts', () => import('../testing/fake-platform.ts'));
vi.mock('../../platform/i18n.ts', () => import('../testing/fake-i18n.ts'));

const writeText = vi.fn(async (_text: string) => undefined);
const failed = makeRow({ scanId: 'f1', status: 'failed', projectId: 'p1' });

/** Opens the popup and expands scan f1; returns its detail panel once loaded. */
async function expandFailed() {
  const { container } = render(<Popup />);
  const row = await waitFor(() => {
    const found = container.querySelector<HTMLElement>('[data-scan-id="f1"]');
    if (!found) throw new Error('row not rendered yet');
    return found;
  });
  fireEvent.click(row);
  expect(row.getAttribute('aria-expanded')).toBe('true');
  const panel = await waitFor(() => {
    const found = container.querySelector<HTMLElement>('[data-detail-for="f1"]');
    if (!found?.querySelector('.jobs')) throw new Error('detail not loaded yet');
    return found;
  });
  expect(callsOf('popup/detail')).toContainEqual({ scanId: 'f1' });
  return { container, row, panel };
}

beforeEach(() => {
  resetFakes(makeState({ rows: [failed, makeRow({ scanId: 'ok' })] }));
  fake.details.set('f1', makeDetail(failed));
  writeText.mockClear();
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(cleanup);

describe('expanded scan', () => {
  it('lists jobs failed first with times, and the failed job’s error log', async () => {
    const { panel } = await expandFailed();
    const jobs = [...panel.querySelectorAll<HTMLElement>('[data-job-id]')];
    expect(jobs.map((job) => job.dataset.jobStatus)).toEqual(['failed', 'succeeded']);
    expect(jobs[0]!.textContent).toContain('Failed');
    expect(jobs[0]!.textContent).toContain('2 min 0 s');
    expect(within(jobs[0]!).getByText('Invalid credentials')).toBeTruthy();
    expect(within(jobs[0]!).getByText(/security token included in the request is invalid/)).toBeTruthy();
    expect(panel.textContent).toContain('Connector: Prod AWS (aws)');
  });

  it('expands the full log in monospace and copies it', async () => {
    const { panel } = await expandFailed();
    fireEvent.click(within(panel).getByRole('button', { name: 'Show full log' }));
    const log = panel.querySelector('pre.log-text')!;
    expect(log.textContent).toContain('botocore.exceptions.ClientError');
    fireEvent.click(within(panel).getByRole('button', { name: 'Copy error log' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(expect.stringContaining('InvalidClientTokenId')));
  });

  it('maps remediation actions to protocol messages', async () => {
    const { panel } = await expandFailed();
    const checklist = panel.querySelector<HTMLElement>('[data-kind="invalid_credentials"]')!;
    fireEvent.click(within(checklist).getByRole('button', { name: 'Open integrations' }));
    fireEvent.click(within(checklist).getByRole('button', { name: 'Re-run scan' }));
    fireEvent.click(within(checklist).getByRole('button', { name: 'Open in dashboard' }));
    await waitFor(() => expect(callsOf('open/dashboard')).toEqual([{ scanId: 'f1', page: 'errors' }]));
    expect(callsOf('open/integrations')).toHaveLength(1);
    expect(callsOf('scan/rerun')).toEqual([{ scanId: 'f1' }]);

    fireEvent.click(within(checklist).getByRole('button', { name: 'Copy support details' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(makeDetail(failed).supportBundle));

    expect(panel.querySelector('[data-support-block]')).toBeNull();
    fireEvent.click(within(checklist).getByRole('button', { name: 'Contact support' }));
    await waitFor(() => expect(panel.querySelector('[data-support-block]')).not.toBeNull());
  });

  it('ticks checklist steps', async () => {
    const { panel } = await expandFailed();
    const box = within(panel).getByRole('checkbox', { name: 'Identify the connector the failed scan used.' }) as HTMLInputElement;
    fireEvent.click(box);
    expect(box.checked).toBe(true);
  });

  it('shows the support block with the redacted bundle when the core recommends it', async () => {
    fake.details.set('f1', makeDetail(failed, { escalation: { recommend: true, reasons: [{ code: 'repeated_failures', text: 'The last 3 runs failed, re-runs included: retrying is not fixing it.', message: { key: 'escalation_repeated_failures', substitutions: ['3'] } }] } }));
    const { panel } = await expandFailed();
    const block = panel.querySelector<HTMLElement>('[data-support-block]')!;
    expect(within(block).getByText('The last 3 runs failed, re-runs included: retrying is not fixing it.')).toBeTruthy();
    expect(block.querySelector('pre')!.textContent).toContain('[REDACTED]');
  });

  it('explains a submission error and scan-level logs', async () => {
    const row = makeRow({ scanId: 'f1', status: 'submission_error', reason: 'Never reached the scanner.' });
    resetFakes(makeState({ rows: [row] }));
    fake.details.set('f1', makeDetail(row, {
      jobs: [],
      errors: [makeError({ id: 'e9', jobId: null, message: 'Scanner rejected the submission', classification: { kind: 'unknown', evidence: '' } })],
      scan: { ...makeDetail(row).scan, submissionError: 'Scanner endpoint returned 503' },
    }));
    const { panel } = await expandFailed();
    expect(panel.textContent).toContain('Never reached the scanner.');
    expect(panel.textContent).toContain('Scanner endpoint returned 503');
    expect(panel.textContent).toContain('This scan created no jobs.');
    expect(within(panel).getByText('Scanner rejected the submission')).toBeTruthy();
  });

  it('collapses on a second click', async () => {
    const { container, row } = await expandFailed();
    fireEvent.click(row);
    expect(row.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector('[data-detail-for]')).toBeNull();
  });
});

describe('acknowledge, mute, snooze, stop', () => {
  it('acknowledging sends the message and the scan leaves "Needs attention"', async () => {
    fake.handlers.set('scan/acknowledge', () => {
      fake.state = makeState({ rows: [{ ...failed, acknowledged: true }, makeRow({ scanId: 'ok' })] });
      return { ok: true };
    });
    const { container, panel } = await expandFailed();
    fireEvent.click(within(panel).getByRole('button', { name: 'Acknowledge' }));
    await waitFor(() => expect(callsOf('scan/acknowledge')).toEqual([{ scanId: 'f1', acknowledged: true }]));
    await waitFor(() => expect(container.querySelector('[data-scan-id="f1"]')!.textContent).toContain('Acknowledged'));
    fireEvent.click(screen.getByRole('button', { name: /Needs attention/ }));
    expect(container.querySelector('[data-scan-id="f1"]')).toBeNull();
  });

  it('mutes the project and snoozes it for an hour or until tomorrow', async () => {
    const { panel } = await expandFailed();
    const before = Date.now();
    // Buttons are disabled while an action is in flight, so each click waits for the previous answer.
    const click = async (name: string) => {
      const button = within(panel).getByRole('button', { name });
      await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
      fireEvent.click(button);
    };
    await click('Mute project');
    await click('Snooze 1 hour');
    await click('Snooze until tomorrow');
    await waitFor(() => expect(callsOf('project/snooze')).toHaveLength(2));
    expect(callsOf('project/mute')).toEqual([{ projectId: 'p1', muted: true }]);
    const [hour, tomorrow] = callsOf('project/snooze').map((call) => Date.parse(call.until!));
    expect(hour! - before).toBeGreaterThanOrEqual(3_600_000);
    expect(hour! - before).toBeLessThan(3_660_000);
    expect(new Date(tomorrow!).getHours()).toBe(9);
    expect(tomorrow!).toBeGreaterThan(hour!);
  });

  it('reports a refused action', async () => {
    fake.handlers.set('project/mute', () => ({ ok: false, error: 'storage full' }));
    const { panel } = await expandFailed();
    fireEvent.click(within(panel).getByRole('button', { name: 'Mute project' }));
    await waitFor(() => expect(within(panel).getByRole('status').textContent).toBe('That did not work: storage full'));
  });

  it('offers Stop only for a running scan of a source that can stop', async () => {
    const running = makeRow({ scanId: 'f1', status: 'running', durationMs: null });
    resetFakes(makeState({ rows: [running] }));
    fake.details.set('f1', makeDetail(running));
    let view = await expandFailed();
    expect(within(view.panel).queryByRole('button', { name: 'Stop scan' })).toBeNull();
    cleanup();

    resetFakes(makeState({ rows: [running], capabilities: { credentialsEditable: false, canStop: true, canRerun: true } }));
    fake.details.set('f1', makeDetail(running));
    view = await expandFailed();
    fireEvent.click(within(view.panel).getByRole('button', { name: 'Stop scan' }));
    await waitFor(() => expect(callsOf('scan/stop')).toEqual([{ scanId: 'f1' }]));
  });
});

describe('hostile text in the detail', () => {
  it('stays inert in logs, steps, reasons and the support bundle', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    fake.details.set('f1', makeDetail(failed, {
      errors: [makeError({ message: hostile, detail: hostile, code: hostile })],
      remediation: [{ kind: 'unknown', label: hostile, labelMessage: { key: 'kind_insufficient_permissions_action', substitutions: [hostile] }, steps: [{ id: 's', text: hostile, message: { key: 'remedy_enableApi', substitutions: [hostile, hostile] } }] }],
      escalation: { recommend: true, reasons: [{ code: 'unknown_errors', text: hostile, message: { key: 'remedy_enableRegion', substitutions: [hostile] } }] },
      supportBundle: hostile,
      integration: { id: 'i', provider: hostile, name: hostile, createdAt: '', lastAuthStatus: 'ok' },
    }));
    const { container, panel } = await expandFailed();
    fireEvent.click(within(panel).getByRole('button', { name: 'Show full log' }));
    expect(container.querySelector('img')).toBeNull();
    // As text, whole or inside a translated sentence: log, label, step, reason, bundle, integration.
    expect(panel.textContent!.split(hostile).length - 1).toBeGreaterThanOrEqual(6);
  });
});
