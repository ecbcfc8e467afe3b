import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BADGE_COLORS, badgeCount, badgeFor, CONNECTION_BADGES, type BadgeInput } from './badge.ts';
import type { ScanStatus } from './types.ts';

const scan = (status: ScanStatus, extra: Partial<{ acknowledged: boolean; muted: boolean }> = {}) => ({ status, acknowledged: false, muted: false, ...extra });

describe('badgeFor', () => {
  it.each<{ name: string; input: BadgeInput; text: string; color: string; title: RegExp }>([
    { name: 'nothing', input: { connection: 'ok', scans: [] }, text: '', color: BADGE_COLORS.gray, title: /nothing needs attention/ },
    { name: 'all fine, one running', input: { connection: 'ok', scans: [scan('completed'), scan('running')] }, text: '', color: BADGE_COLORS.gray, title: /1 scan running/ },
    { name: 'one failed', input: { connection: 'ok', scans: [scan('failed'), scan('completed')] }, text: '1', color: BADGE_COLORS.red, title: /1 scan needs attention — 1 Failed/ },
    { name: 'submission error is red', input: { connection: 'ok', scans: [scan('submission_error')] }, text: '1', color: BADGE_COLORS.red, title: /1 Submission Error/ },
    { name: 'partial only is amber', input: { connection: 'ok', scans: [scan('partially_completed'), scan('partially_completed')] }, text: '2', color: BADGE_COLORS.amber, title: /2 scans need attention — 2 Partially Completed/ },
    { name: 'worst wins', input: { connection: 'ok', scans: [scan('partially_completed'), scan('failed')] }, text: '2', color: BADGE_COLORS.red, title: /1 Failed, 1 Partially Completed/ },
    { name: 'acknowledged and muted do not count', input: { connection: 'ok', scans: [scan('failed', { acknowledged: true }), scan('failed', { muted: true }), scan('partially_completed')] }, text: '1', color: BADGE_COLORS.amber, title: /2 more acknowledged or muted/ },
    { name: 'only quiet ones', input: { connection: 'ok', scans: [scan('failed', { acknowledged: true })] }, text: '', color: BADGE_COLORS.gray, title: /\(1 acknowledged or muted\)/ },
    { name: 'stopped and not started are quiet', input: { connection: 'ok', scans: [scan('stopped'), scan('not_started')] }, text: '', color: BADGE_COLORS.gray, title: /nothing/ },
    { name: 'not configured', input: { connection: 'not_configured', scans: [] }, text: '?', color: BADGE_COLORS.gray, title: /not set up/ },
    { name: 'token rejected', input: { connection: 'unauthorized', scans: [] }, text: 'KEY', color: BADGE_COLORS.purple, title: /rejected the token/ },
    { name: 'unreachable, with last known count', input: { connection: 'unreachable', scans: [scan('failed')] }, text: 'off', color: BADGE_COLORS.gray, title: /cannot reach.*Last known: 1 scan needs attention/ },
  ])('$name', ({ input, text, color, title }) => {
    const b = badgeFor(input);
    expect(b.text).toBe(text);
    expect(b.color).toBe(color);
    expect(b.title).toMatch(title);
  });

  it('gives the three connection states distinct glyphs', () => {
    const glyphs = Object.values(CONNECTION_BADGES).map((b) => b.text);
    expect(new Set(glyphs).size).toBe(3);
    for (const g of glyphs) expect(g.length).toBeLessThanOrEqual(4);
  });

  it('an unexpected connection state falls back to unreachable', () => {
    expect(badgeFor({ connection: 'weird' as BadgeInput['connection'], scans: [] }).text).toBe('off');
  });

  it('shows 99+ past 99', () => {
    const many = Array.from({ length: 150 }, () => scan('failed'));
    expect(badgeFor({ connection: 'ok', scans: many }).text).toBe('99+');
    expect(badgeFor({ connection: 'ok', scans: many.slice(0, 99) }).text).toBe('99');
  });

  it('text never exceeds 4 characters', () => {
    const statusArb = fc.constantFrom<ScanStatus>('failed', 'partially_completed', 'submission_error', 'completed', 'running');
    fc.assert(fc.property(
      fc.constantFrom('ok', 'not_configured', 'unauthorized', 'unreachable' as const),
      fc.array(fc.record({ status: statusArb, acknowledged: fc.boolean(), muted: fc.boolean() }), { maxLength: 300 }),
      (connection, scans) => {
        expect(badgeFor({ connection, scans }).text.length).toBeLessThanOrEqual(4);
      },
    ));
  });
});

describe('badgeCount', () => {
  it.each([[0, ''], [-1, ''], [Number.NaN, ''], [1, '1'], [99, '99'], [100, '99+'], [12345, '99+']])('%s → "%s"', (n, t) => {
    expect(badgeCount(n)).toBe(t);
  });
});
