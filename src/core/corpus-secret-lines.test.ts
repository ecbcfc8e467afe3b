import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact-secrets.ts';
import { SECRET_LINES } from './corpus-secret-lines.ts';
import { FORMAT_SECRET_LINES } from './corpus-secret-lines-formats.ts';
import { FRESH_SECRET_LINES } from './corpus-secret-lines-fresh.ts';

describe('redactSecrets on the secret-line corpus', () => {
  it.each([...SECRET_LINES, ...FORMAT_SECRET_LINES, ...FRESH_SECRET_LINES].map((s, i) => ({ i, ...s })))('line $i: secrets vanish, evidence survives', ({ line, gone, keep }) => {
    const out = redactSecrets(line);
    for (const g of gone) expect(out).not.toContain(g);
    for (const k of keep) expect(out).toContain(k);
  });
});
