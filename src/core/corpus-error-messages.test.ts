import { describe, expect, it } from 'vitest';
import { classifyError } from './classify-error.ts';
import { redactSecrets } from './redact-secrets.ts';
import { isHeldBack } from './corpus-error-messages.ts';
import { ALL_ERROR_MESSAGES } from './corpus-all-errors.ts';
import { FRESH_MESSAGES } from './corpus-errors-fresh.ts';
import { LEAD_FRESH_MESSAGES } from './corpus-errors-fresh-lead.ts';
import { FRESH_MESSAGES_2 } from './corpus-errors-fresh-2.ts';
import { FRESH_MESSAGES_3 } from './corpus-errors-fresh-3.ts';
import { FRESH_MESSAGES_4 } from './corpus-errors-fresh-4.ts';
import { FRESH_MESSAGES_5 } from './corpus-errors-fresh-5.ts';
import { SECRET_LINES as FIRST_SECRET_LINES } from './corpus-secret-lines.ts';
import { MORE_SECRET_LINES } from './corpus-secret-lines-more.ts';

const SECRET_LINES = [...FIRST_SECRET_LINES, ...MORE_SECRET_LINES];
import { supportBundle } from './support-bundle.ts';
import type { Scan } from './types.ts';

const scan: Scan = {
  id: 's-1', projectId: 'p-1', name: 'Nightly', kind: 'cspm', lifecycle: 'completed', createdAt: '2026-01-05T10:00:00Z',
  updatedAt: '2026-01-05T10:20:00Z', submittedAt: null, startedAt: null, finishedAt: null, integrationId: null, jobCount: 1,
  dashboardUrl: null, submissionError: null,
};

/** The line as an error log's message and detail and as the scan's submission error, bundled. */
function bundled(line: string): string {
  return supportBundle({
    project: null, scan: { ...scan, submissionError: line }, status: 'failed', jobs: [], generatedAt: '2026-01-05T11:00:00Z',
    errors: [{ id: 'e-1', scanId: 's-1', jobId: null, at: '2026-01-05T10:01:10Z', code: null, message: line, detail: line }],
  });
}

/**
 * The splits. Rule-writing: every message of the first corpus (307), its held-back third included since
 * session 17 read it to write rules (it is spent). Held-back: messages gathered afterwards from public
 * issue threads and SDK sources (32 by a helper who never read the classifier, 49 by the rule-writer
 * after the rules were frozen), labelled before the classifier ran on them, measured once. A rule
 * written from one of them spends it: move it to the rule-writing side and gather new ones.
 * Secret lines keep their hash split.
 */
const HELD_BACK_MESSAGES = [...FRESH_MESSAGES, ...LEAD_FRESH_MESSAGES];

function tally(held: boolean) {
  const msgs = held ? HELD_BACK_MESSAGES : [...ALL_ERROR_MESSAGES, ...FRESH_MESSAGES_2, ...FRESH_MESSAGES_3, ...FRESH_MESSAGES_4, ...FRESH_MESSAGES_5];
  const got = msgs.map((m) => ({ m, kind: classifyError({ message: m.message }).kind }));
  const right = got.filter((g) => g.kind === g.m.kind).length;
  const falseCreds = got.filter((g) => g.kind === 'invalid_credentials' && g.m.kind !== 'invalid_credentials' && g.m.kind !== 'unknown');
  const lines = SECRET_LINES.filter((s) => isHeldBack(s.line) === held);
  const leaks = lines.filter((s) => s.gone.some((g) => redactSecrets(s.line).includes(g))).length;
  const bundleLeaks = lines.filter((s) => s.gone.some((g) => bundled(s.line).includes(g))).length;
  const lost = lines.filter((s) => s.keep.some((k) => !redactSecrets(s.line).includes(k))).length;
  return { msgs: msgs.length, right, falseCreds, lines: lines.length, leaks, bundleLeaks, lost, wrong: got.filter((g) => g.kind !== g.m.kind) };
}

/**
 * The rule-writing split (724 messages from five independent labellers) stands at 700 (96.7%). Most of
 * its misses are decisions, not gaps: readers labelled the same wording both ways (AADSTS90002, a token
 * from the wrong tenant, an opt-in region's "token invalid", clock skew, an expired x509 client
 * certificate, a refused kubectl connection), and the classifier answers the kind whose advice cannot
 * destroy a working connector, or `unknown`. Rounded down, as a regression floor.
 */
const RULES_FLOOR = 0.96;

/** The held-back accuracy first measured on the 81 fresh messages (68/81, 84.0%, December 2026), rounded down. */
const HELD_BACK_FLOOR = 0.83;

describe('error corpus: accuracy by split', () => {
  for (const held of [false, true]) {
    it(`${held ? 'held-back' : 'rules'} split`, () => {
      const t = tally(held);
      console.log(`[corpus ${held ? 'held-back' : 'rules'}] messages ${t.right}/${t.msgs} right kind (${((100 * t.right) / Math.max(1, t.msgs)).toFixed(1)}%), ` +
        `${t.falseCreds.length} non-credential called invalid_credentials; secret lines ${t.leaks}/${t.lines} leak via redactSecrets, ${t.bundleLeaks} via supportBundle, ${t.lost} lose evidence`);
      expect(t.falseCreds).toEqual([]);
      expect(t.leaks).toBe(0);
      expect(t.bundleLeaks).toBe(0);
      expect(t.lost).toBe(0);
      // Issue 17's bar is 97% on the held-back split. The rules reach it on the split they were written
      // on; the held-back split measures 84% (81 messages, December 2026). Of its 13 misses, 6 answer
      // `unknown` (the safe direction), 4 say `temporary` where the setup must change (connection
      // wordings), 3 name another specific kind; none says `invalid_credentials` wrongly. Its floor
      // here catches regressions, not the bar.
      const floor = held ? HELD_BACK_FLOOR : RULES_FLOOR;
      expect(t.right / t.msgs, t.wrong.map((w) => `${w.kind} ≠ ${w.m.kind}: ${w.m.message}`).join('\n')).toBeGreaterThanOrEqual(floor);
    });
  }
});
