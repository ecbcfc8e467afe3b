import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact-secrets.ts';
import { RULE_SECRET_LINES } from './corpus-secret-splits.ts';

// Every rule-writing line passes; the held-back split is measured in corpus-error-messages.test.ts.
describe('redactSecrets on the secret-line corpus', () => {
  it.each(RULE_SECRET_LINES.map((s, i) => ({ i, ...s })))('line $i: secrets vanish, evidence survives', ({ line, gone, keep }) => {
    const out = redactSecrets(line);
    for (const g of gone) expect(out).not.toContain(g);
    for (const k of keep) expect(out).toContain(k);
  });
});
