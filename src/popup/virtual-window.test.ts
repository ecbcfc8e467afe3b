import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { listWindow, rowTop, scrollToReveal, type WindowInput } from './virtual-window.ts';

const base: WindowInput = { count: 10_000, rowHeight: 50, scrollTop: 0, viewport: 400, overscan: 4, expandedIndex: -1, extra: 0 };

describe('listWindow', () => {
  it('renders only the rows in view plus overscan at the top', () => {
    expect(listWindow(base)).toEqual({ start: 0, end: 12, before: 0, after: (10_000 - 12) * 50, total: 500_000 });
  });

  it('follows the scroll position', () => {
    const w = listWindow({ ...base, scrollTop: 5_000 });
    expect(w.start).toBe(96);
    expect(w.end).toBe(112);
    expect(w.before).toBe(96 * 50);
  });

  it('accounts for an expanded row above the view', () => {
    const w = listWindow({ ...base, expandedIndex: 10, extra: 300, scrollTop: 1_000 + 300 });
    expect(w.start).toBe(16);
    expect(w.before).toBe(16 * 50 + 300);
    expect(w.total).toBe(500_300);
  });

  it('keeps the expanded row rendered while its detail fills the view', () => {
    const w = listWindow({ ...base, overscan: 0, expandedIndex: 3, extra: 1_000, scrollTop: 400 });
    expect(w.start).toBe(3);
    expect(w.end).toBe(4);
  });

  it('is empty for no rows', () => {
    expect(listWindow({ ...base, count: 0 })).toEqual({ start: 0, end: 0, before: 0, after: 0, total: 0 });
  });

  it('always adds up to the total height and stays within bounds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: -1, max: 499 }),
        fc.integer({ min: 0, max: 2_000 }),
        (count, scrollTop, expanded, extra) => {
          const input = { ...base, count, scrollTop, expandedIndex: Math.min(expanded, count - 1), extra };
          const w = listWindow(input);
          const rendered = rowTop(w.end, input) - rowTop(w.start, input);
          expect(w.start).toBeGreaterThanOrEqual(0);
          expect(w.end).toBeLessThanOrEqual(count);
          expect(w.start).toBeLessThan(w.end);
          expect(w.before + rendered + w.after).toBe(w.total);
        },
      ),
    );
  });
});

describe('scrollToReveal', () => {
  it('scrolls down just enough to show a row below the view', () => {
    expect(scrollToReveal(10, base)).toBe(11 * 50 - 400);
  });
  it('scrolls up to a row above the view', () => {
    expect(scrollToReveal(2, { ...base, scrollTop: 1_000 })).toBe(100);
  });
  it('leaves a visible row alone', () => {
    expect(scrollToReveal(3, { ...base, scrollTop: 20 })).toBe(20);
  });
});
