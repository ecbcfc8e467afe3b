import { describe, expect, it } from 'vitest';
import type { Transition } from '../core/index.ts';
import type { ScanRow } from '../messages.ts';
import { t } from '../platform/testing/fake-i18n.ts';
import { parseNotificationId, scanNotificationId, summaryView, SUMMARY_NOTIFICATION_ID, transitionView } from './notification-view.ts';

const transition = (scanId: string, kind: Transition['kind'], status: Transition['status']): Transition =>
  ({ key: `${scanId}:${kind}`, kind, scanId, projectId: `p-${scanId}`, status, previousStatus: null });

const row = (scanId: string, over: Partial<ScanRow> = {}): ScanRow => ({
  scanId, projectId: `p-${scanId}`, projectName: `Project ${scanId}`, scanName: `Nightly ${scanId}`, kind: 'cspm', status: 'failed', reason: null,
  createdAt: '2026-03-01T11:00:00Z', startedAt: null, finishedAt: null, durationMs: null, jobCount: 36, jobsDone: 36, failedSoFar: 3,
  latest: true, acknowledged: false, muted: false, snoozedUntil: null, dashboardUrl: null, ...over,
});

describe('transitionView (texts from the real messages.json)', () => {
  it('a failure says what broke, how many jobs failed, and offers Open and Re-run', () => {
    expect(transitionView(transition('a', 'broken', 'partially_completed'), row('a'), true, t)).toEqual({
      title: 'Partially Completed: Project a',
      message: 'Scan needs attention. Nightly a — 3 of 36 jobs failed',
      buttons: ['Open', 'Re-run'],
    });
    expect(transitionView(transition('a', 'still_failing', 'failed'), row('a'), true, t).message).toBe('Still failing. Nightly a — 3 of 36 jobs failed');
  });

  it('a cause quoted from a log is redacted before it reaches the OS', () => {
    const cause = 'Missing permission: securityhub:GetFindings password=hunter2secret';
    const message = transitionView(transition('a', 'broken', 'failed'), row('a'), true, t, cause).message;
    expect(message).not.toContain('hunter2secret');
    expect(message).toContain('securityhub:GetFindings');
  });

  it('a fix or a completion gets no job count and no Re-run', () => {
    expect(transitionView(transition('a', 'fixed', 'completed'), row('a', { failedSoFar: 0 }), true, t)).toEqual({
      title: 'Completed: Project a', message: 'Fixed. Nightly a', buttons: ['Open'],
    });
    expect(transitionView(transition('a', 'completed', 'completed'), row('a'), true, t).message).toBe('Completed. Nightly a');
  });

  it('falls back to ids without a row, and to Open alone where Re-run is not possible', () => {
    expect(transitionView(transition('a', 'broken', 'submission_error'), undefined, false, t)).toEqual({
      title: 'Submission Error: p-a', message: 'Scan needs attention. a', buttons: ['Open'],
    });
  });

  it('has a message for every transition kind', () => {
    for (const kind of ['broken', 'still_failing', 'fixed', 'completed', 'started'] as const) {
      expect(transitionView(transition('a', kind, 'failed'), row('a'), false, t).message).not.toContain('notification_');
    }
  });
});

describe('summaryView', () => {
  it('lists the first three scans and how many more', () => {
    const transitions = ['a', 'b', 'c', 'd', 'e'].map((id) => transition(id, 'broken', 'failed'));
    const rows = new Map([['a', row('a')], ['b', row('b')]]);
    expect(summaryView(transitions, rows, t)).toEqual({
      title: 'ScanSight: 5 scans changed',
      message: 'Project a: Failed\nProject b: Failed\np-c: Failed\n+2 more',
      buttons: ['Open'],
    });
    expect(summaryView(transitions.slice(0, 2), rows, t).message).toBe('Project a: Failed\nProject b: Failed');
  });
});

describe('notification ids', () => {
  it('round-trip, and anything else is not ours', () => {
    expect(parseNotificationId(scanNotificationId('s:1'))).toEqual({ kind: 'scan', scanId: 's:1' });
    expect(parseNotificationId(SUMMARY_NOTIFICATION_ID)).toEqual({ kind: 'summary' });
    expect(parseNotificationId('other:1')).toBeNull();
  });
});
