/**
 * Speed of the two pure functions every log passes through, on a realistic 10 kB log (issue 17
 * asks < 1 ms for classifyError). Run: node --import tsx bench/redaction.ts
 */
import { classifyError } from '../src/core/classify-error.ts';
import { redactSecrets } from '../src/core/redact-secrets.ts';
import { SECRET_LINES } from '../src/core/corpus-secret-lines.ts';
import { ERROR_MESSAGES } from '../src/core/corpus-error-messages.ts';

const log = [...ERROR_MESSAGES.map((m) => m.message), ...SECRET_LINES.map((s) => s.line.slice(0, 300))].join('\n').repeat(3).slice(0, 10_000);
function perCall(fn: () => void, runs = 2000): number {
  for (let i = 0; i < 200; i++) fn();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - t0) / runs;
}
console.log(`10 kB log (${log.length} chars): classifyError ${perCall(() => classifyError({ message: log })).toFixed(3)} ms/call, redactSecrets ${perCall(() => redactSecrets(log), 500).toFixed(3)} ms/call`);
