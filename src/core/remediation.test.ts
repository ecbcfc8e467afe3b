import { describe, expect, it } from 'vitest';
import { remediationFor, SEED_CAPABILITIES, type RemediationInput } from './remediation.ts';
import { grantReadAccessText } from './read-only-roles.ts';
import type { SourceCapabilities } from './types.ts';

const PROWLER: SourceCapabilities = { credentialsEditable: true, canStop: false, canRerun: true };
const ids = (input: RemediationInput) => remediationFor(input).map((s) => s.id);

describe('remediationFor', () => {
  it.each<{ name: string; input: RemediationInput; steps: string[] }>([
    { name: 'invalid credentials, seed product (not editable): delete and re-create (seed 003)', input: { kind: 'invalid_credentials', capabilities: SEED_CAPABILITIES }, steps: ['identify-connector', 'open-connected-providers', 'delete-connector', 'create-integration', 'create-scan'] },
    { name: 'invalid credentials, editable (Prowler App): update the secret', input: { kind: 'invalid_credentials', capabilities: PROWLER }, steps: ['open-connector', 'update-credentials', 'rerun-scan'] },
    { name: 'insufficient permissions', input: { kind: 'insufficient_permissions', capabilities: SEED_CAPABILITIES, provider: 'aws' }, steps: ['grant-read-access', 'keep-connector', 'rerun-scan'] },
    { name: 'temporary', input: { kind: 'temporary', capabilities: SEED_CAPABILITIES }, steps: ['rerun-scan', 'contact-support-if-persists'] },
    { name: 'configuration with an API', input: { kind: 'configuration', capabilities: SEED_CAPABILITIES, detail: { api: 'compute.googleapis.com' }, provider: 'gcp' }, steps: ['enable-named', 'rerun-scan'] },
    { name: 'configuration with a region', input: { kind: 'configuration', capabilities: SEED_CAPABILITIES, detail: { region: 'ap-east-1' }, provider: 'aws' }, steps: ['enable-region', 'rerun-scan'] },
    { name: 'submission error (seed 000)', input: { kind: 'submission_error', capabilities: SEED_CAPABILITIES }, steps: ['rerun-scan', 'verify-scanner-configuration', 'check-integration'] },
    { name: 'unknown', input: { kind: 'unknown', capabilities: SEED_CAPABILITIES }, steps: ['open-error-logs', 'copy-support-bundle', 'contact-support'] },
  ])('$name', ({ input, steps }) => {
    expect(ids(input)).toEqual(steps);
  });

  it('insufficient permissions never says delete or recreate, whatever the capabilities', () => {
    for (const capabilities of [SEED_CAPABILITIES, PROWLER]) {
      const steps = remediationFor({ kind: 'insufficient_permissions', capabilities, detail: { action: 'ec2:DescribeInstances' }, provider: 'aws' });
      for (const s of steps) expect(s.text).not.toMatch(/delete|re-?creat|new integration/i);
      expect(steps.map((s) => s.id)).not.toContain('delete-connector');
      expect(steps[0]?.text).toMatch(/SecurityAudit and ViewOnlyAccess.*It was refused ec2:DescribeInstances\./);
    }
  });

  it('editable credentials never says delete the connector', () => {
    expect(remediationFor({ kind: 'invalid_credentials', capabilities: PROWLER }).map((s) => s.text).join(' ')).not.toMatch(/\bDelete\b/);
  });

  it('names the connector the log named', () => {
    const [first] = remediationFor({ kind: 'invalid_credentials', capabilities: SEED_CAPABILITIES, detail: { connector: '00001111-aaaa-2222-bbbb-3333cccc4444' } });
    expect(first?.text).toContain('00001111-aaaa-2222-bbbb-3333cccc4444');
  });

  it('carries action ids the UIs turn into buttons', () => {
    const steps = remediationFor({ kind: 'invalid_credentials', capabilities: SEED_CAPABILITIES });
    expect(steps.find((s) => s.id === 'open-connected-providers')?.action).toBe('open-integrations');
    expect(remediationFor({ kind: 'temporary', capabilities: SEED_CAPABILITIES })[0]).toEqual({ id: 'rerun-scan', text: 'Re-run the scan.', message: { key: 'remedy_rerun' }, action: 'rerun-scan' });
    expect(remediationFor({ kind: 'configuration', capabilities: SEED_CAPABILITIES })[0]?.action).toBe('open-error-logs');
  });

  it('offers no re-run button where the source cannot re-run', () => {
    const [first] = remediationFor({ kind: 'temporary', capabilities: { credentialsEditable: false, canStop: false, canRerun: false } });
    expect(first).toEqual({ id: 'rerun-scan', text: 'Re-run the scan from the dashboard.', message: { key: 'remedy_rerunFromDashboard' } });
  });

  it('falls back to the seed capabilities when none are given', () => {
    expect(ids({ kind: 'invalid_credentials', capabilities: undefined as unknown as SourceCapabilities })).toContain('delete-connector');
  });

  it.each([
    ['aws', /SecurityAudit and ViewOnlyAccess/], ['azure', /Reader and Security Reader/], ['gcp', /roles\/iam\.securityReviewer/],
    ['kubernetes', /ClusterRole/], ['oracle', /provider's read-only audit role/], [null, /provider's read-only audit role/], ['__proto__', /provider's read-only audit role/],
  ] as const)('read-only roles for %s', (provider, text) => {
    expect(grantReadAccessText(provider)).toMatch(text);
  });

  it.each([['gcp', 'project'], ['azure', 'subscription'], ['aws', 'account'], [null, 'cloud account']] as const)('names the %s scope to enable an API in', (provider, word) => {
    expect(remediationFor({ kind: 'configuration', capabilities: SEED_CAPABILITIES, detail: { api: 'x' }, provider })[0]?.text).toBe(`Enable x in the ${word} the connector points at.`);
  });
});
