/**
 * Notifications and the toolbar badge's tooltip say nothing in English of their own: built in a
 * pseudo-locale, every word is a message or the user's data (project and scan names, the cause).
 */
import { describe, expect, it } from 'vitest';
import type { ConnectionState, ScanStatus, Transition } from '../core/index.ts';
import { SCAN_STATUSES } from '../core/scan-statuses.ts';
import type { ScanRow } from '../messages.ts';
import { hasLiteralWords, pseudoT } from '../platform/testing/pseudo-locale.ts';
import { badgeView } from './badge-state.ts';
import { summaryView, testView, transitionView } from './notification-view.ts';

const KINDS: Transition['kind'][] = ['broken', 'still_failing', 'fixed', 'completed', 'started'];
const CONNECTIONS: ConnectionState[] = ['ok', 'not_configured', 'unauthorized', 'unreachable'];
const row = (scanId: string): ScanRow => ({
  scanId, projectId: `p-${scanId}`, projectName: `Payments ${scanId}`, scanName: `Nightly ${scanId}`, kind: 'cspm', status: 'failed', reason: null,
  createdAt: '2026-03-01T11:00:00Z', startedAt: null, finishedAt: null, durationMs: null, jobCount: 36, jobsDone: 36, failedSoFar: 3,
  latest: true, acknowledged: false, muted: false, snoozedUntil: null, dashboardUrl: null,
});
const transition = (scanId: string, kind: Transition['kind'], status: ScanStatus): Transition =>
  ({ key: `${scanId}:${kind}`, kind, scanId, projectId: `p-${scanId}`, status, previousStatus: null });
const DATA = ['Payments a', 'Nightly a', 'Payments b', 'Nightly b', 'p-c', 'c', 'a', 'b', 'cspm'];

const literal = (texts: string[]) => texts.filter((text) => hasLiteralWords(text, DATA));

describe('notification and badge text in a pseudo-locale', () => {
  it('a notification for every kind and status: title, text and buttons', () => {
    const texts: string[] = [];
    for (const kind of KINDS) for (const status of SCAN_STATUSES) {
      const view = transitionView(transition('a', kind, status), row('a'), true, pseudoT, '⟦kind_invalid_credentials⟧');
      texts.push(view.title, view.message, ...(view.buttons ?? []));
    }
    const summary = summaryView(['a', 'b', 'c', 'd', 'e'].map((id) => transition(id, 'broken', 'failed')), new Map([['a', row('a')], ['b', row('b')]]), pseudoT);
    texts.push(summary.title, summary.message, ...(summary.buttons ?? []), testView(pseudoT).title, testView(pseudoT).message);
    expect(literal(texts)).toEqual([]);
    expect(texts.join('\n')).toContain('⟦status_failed⟧');
  });

  it('the badge tooltip in every connection state, with failing, acknowledged and running scans', () => {
    const scans = [
      ...SCAN_STATUSES.map((status) => ({ status, acknowledged: false, muted: false })),
      { status: 'failed' as const, acknowledged: true, muted: false },
    ];
    const titles = CONNECTIONS.flatMap((connection) => [badgeView({ connection, scans }, pseudoT).title, badgeView({ connection, scans: [] }, pseudoT).title]);
    expect(literal(titles)).toEqual([]);
    expect(titles.join('\n')).toContain('⟦badge_statusCount:1|⟦status_failed⟧⟧');
  });
});
