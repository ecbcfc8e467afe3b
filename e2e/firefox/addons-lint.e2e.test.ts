import { describe, expect, it } from 'vitest';
import { newWarnings, readBaseline, runAddonsLinter, staleBaseline } from '../addons-lint.ts';
import { DIST_FIREFOX } from '../support/paths.ts';

describe('Firefox build and addons-linter (web-ext lint)', () => {
  it('has no errors and no warning outside the reviewed baseline', async () => {
    const report = await runAddonsLinter(DIST_FIREFOX);
    expect(report.errors).toEqual([]);
    expect(newWarnings(report, readBaseline())).toEqual([]);
    // A fixed warning must leave the baseline too, so the baseline never hides a new one.
    expect(staleBaseline(report, readBaseline())).toEqual([]);
  });
});
