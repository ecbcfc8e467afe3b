import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyError, errorKindLabel, ERROR_RULES } from './classify-error.ts';
import { ALL_SAMPLES, type Sample } from './classify-error.samples.ts';

describe('classifyError: real messages', () => {
  it('has at least 60 of them', () => {
    expect(ALL_SAMPLES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(ALL_SAMPLES)('$source → $kind', ({ message, code, kind, detail }) => {
    const c = classifyError({ message, code });
    expect(c.kind, `evidence: ${c.evidence} (${c.rule})`).toBe(kind);
    if (detail) expect(c.detail).toMatchObject(detail);
    expect(c.evidence.length).toBeLessThanOrEqual(202);
  });
});

function decidedByWeakRule(s: Sample): boolean {
  const id = classifyError({ message: s.message, code: s.code }).rule;
  return ERROR_RULES.some((r) => r.id === id && r.weak === true);
}

describe('classifyError: precision over recall', () => {
  const credential = ALL_SAMPLES.filter((s) => s.kind === 'invalid_credentials');
  // A bare HTTP status line ("403 Forbidden") is the one exception, by design: it decides only when the
  // log names nothing more specific, so a named credential code beside it (AWS answers an expired token
  // with 403) wins. Every specific permission, throttling or configuration phrase keeps the guarantee.
  const other = ALL_SAMPLES.filter((s) => (s.kind === 'insufficient_permissions' || s.kind === 'temporary' || s.kind === 'configuration') && !decidedByWeakRule(s));

  it('excepts only the bare status lines from that guarantee', () => {
    const excepted = ALL_SAMPLES.filter(decidedByWeakRule).map((s) => s.source);
    expect(excepted).toEqual(['a bare 403 with nothing more']);
  });

  it('a permission, throttling or configuration error stays one whatever credential words surround it', () => {
    // Exhaustive: every such sample, before and after every credential sample.
    for (const o of other) {
      for (const c of credential) {
        for (const message of [`${c.message}\n${o.message}`, `${o.message}\n${c.message}`]) {
          expect(classifyError({ message, code: o.code }).kind, message).not.toBe('invalid_credentials');
        }
      }
    }
  });

  it('no noise turns a permission, throttling or configuration error into invalid credentials', () => {
    fc.assert(fc.property(fc.constantFrom(...other), fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (o, before, after) => {
      expect(classifyError({ message: `${before} ${o.message} ${after}`, code: o.code }).kind).not.toBe('invalid_credentials');
    }));
  });

  it('names the evidence it decided on', () => {
    const c = classifyError({ message: 'step 3 of 9\nAn error occurred (Throttling) when calling the ListPolicies operation: Rate exceeded\nstep 4 of 9' });
    expect(c).toMatchObject({ kind: 'temporary', rule: 'aws.Throttling', evidence: 'An error occurred (Throttling) when calling the ListPolicies operation: Rate exceeded' });
  });

  it('clips evidence from a long line and says where it cut', () => {
    const c = classifyError({ message: `${'x'.repeat(500)} AADSTS7000215: Invalid client secret provided. ${'y'.repeat(500)}` });
    expect(c.kind).toBe('invalid_credentials');
    expect(c.evidence).toMatch(/^….*AADSTS7000215.*…$/);
    expect(c.evidence.length).toBeLessThanOrEqual(202);
  });

  it('reads the detail field too', () => {
    const c = classifyError({ message: 'Job failed', detail: 'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the ListUsers operation' });
    expect(c.kind).toBe('insufficient_permissions');
  });

  it('uses the first line when nothing matched', () => {
    expect(classifyError({ message: 'something odd\nmore' })).toEqual({ kind: 'unknown', evidence: 'something odd' });
  });
});

describe('classifyError: robustness', () => {
  it('never throws on arbitrary strings and always answers a kind', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.option(fc.string({ maxLength: 20 })), (message, code) => {
      const c = classifyError({ message, code });
      expect(['invalid_credentials', 'insufficient_permissions', 'temporary', 'configuration', 'unknown']).toContain(c.kind);
      expect(typeof c.evidence).toBe('string');
    }));
  });

  it('tolerates garbage from the wire', () => {
    expect(classifyError({ message: '', code: '__proto__' }).kind).toBe('unknown');
    expect(classifyError({ message: 'constructor', code: 'toString' }).kind).toBe('unknown');
    expect(classifyError({ message: null as unknown as string }).kind).toBe('unknown');
    expect(classifyError({ message: 42 as unknown as string, code: 7 as unknown as string }).kind).toBe('unknown');
    expect(classifyError(undefined as unknown as { message: string }).kind).toBe('unknown');
  });

  // Linear time by construction: no unbounded quantifier (*, +, {n,}) anywhere, so no pattern can
  // backtrack catastrophically. Checked on the sources, not with a stopwatch.
  it.each(ERROR_RULES.map((r) => [r.id, r.pattern.source] as const))('rule %s uses bounded quantifiers only', (_id, source) => {
    const unescaped = source.replace(/\\./g, '_').replace(/\[[^\]]*\]/g, '_');
    expect(unescaped).not.toMatch(/[*+]|\{\d+,\}/);
  });

  it('classifies adversarial 10 kB logs (figure printed, not asserted)', () => {
    const k10 = (s: string) => s.repeat(Math.ceil(10_240 / s.length)).slice(0, 10_240);
    const inputs = [
      k10('a'), k10(' '), k10('\n'), k10('AADSTS'), k10('is not authorized to perform: '), k10("Permission '"),
      k10('User "'), k10('An error occurred ('), k10('ap-east-1 '), k10('InvalidClientTokenId '), k10('at x ('), k10('x@y'),
      k10('Project \''), k10('1'), k10('authentication '), `${k10('z')} AccessDenied`,
    ];
    for (const message of inputs) classifyError({ message }); // compile the patterns first
    const started = performance.now();
    let rounds = 0;
    for (; rounds < 5; rounds++) for (const message of inputs) classifyError({ message, code: 'x' });
    const perLog = (performance.now() - started) / (rounds * inputs.length);
    const realistic = k10(`${ALL_SAMPLES.filter((x) => x.kind === 'unknown').map((x) => x.message).join('\n')}\n2024-11-28 10:15:19,249 [Module: backup_service] INFO: eu-west-2: 42 resources\n`);
    classifyError({ message: realistic });
    const t2 = performance.now();
    for (let i = 0; i < 20; i++) classifyError({ message: realistic });
    console.log(`classifyError: ${perLog.toFixed(3)} ms per adversarial 10 kB log, ${((performance.now() - t2) / 20).toFixed(3)} ms per realistic 10 kB log (no match, every rule runs)`);
    expect(classifyError({ message: `${k10('z')} AccessDenied` }).kind).toBe('insufficient_permissions');
  });
});

describe('errorKindLabel', () => {
  it.each([
    [{ message: 'An error occurred (AccessDenied) when calling the X operation: User: a is not authorized to perform: ec2:DescribeInstances' }, 'Missing permission: ec2:DescribeInstances'],
    [{ message: 'Access denied' }, 'Missing permissions'],
    [{ message: 'AADSTS7000215: Invalid client secret provided.' }, 'Invalid credentials (AADSTS7000215)'],
    [{ message: 'Invalid credentials' }, 'Invalid credentials'],
    [{ message: 'Temporary internal processing error. Retry recommended.' }, 'Temporary — re-run'],
    [{ message: 'Compute Engine API has not been used in project 1 before or it is disabled. https://console.developers.google.com/apis/api/compute.googleapis.com/overview' }, 'Configuration: enable compute.googleapis.com'],
    [{ message: 'ap-east-1: UnrecognizedClientException' }, 'Configuration: region ap-east-1 not enabled'],
    [{ message: 'Security Hub is not enabled' }, 'Configuration problem'],
    [{ message: 'segfault' }, 'Unknown error'],
  ])('%j → %s', (log, label) => {
    expect(errorKindLabel(classifyError(log))).toBe(label);
  });
});
