import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { redactSecrets, SECRET_PATTERNS } from './redact-secrets.ts';

// Real-format samples: AWS's documented example keys, jwt.io's example token, Azure's secret format.
const AWS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const AZURE_SECRET = 'Abc8Q~xYz1234567890abcdefghijklmnOPQRSTU';
const PEM = `-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun
VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK
-----END RSA PRIVATE KEY-----`;

describe('redactSecrets: real-format samples', () => {
  it.each([
    { name: 'AWS access key id', input: `aws_access_key_id = ${AWS_KEY_ID}`, gone: AWS_KEY_ID, expected: 'aws_access_key_id = [REDACTED:aws-access-key-id]' },
    { name: 'AWS temporary key id', input: 'key ASIAY34FZKBOKMUTVV7A in use', gone: 'ASIAY34FZKBOKMUTVV7A', expected: 'key [REDACTED:aws-access-key-id] in use' },
    { name: 'AWS secret key (credentials file)', input: `aws_secret_access_key = ${AWS_SECRET}`, gone: AWS_SECRET, expected: 'aws_secret_access_key = [REDACTED:secret]' },
    { name: 'AWS secret key (env)', input: `AWS_SECRET_ACCESS_KEY=${AWS_SECRET}`, gone: AWS_SECRET, expected: 'AWS_SECRET_ACCESS_KEY=[REDACTED:secret]' },
    { name: 'AWS secret key (JSON)', input: `{"AccessKeyId": "${AWS_KEY_ID}", "SecretAccessKey": "${AWS_SECRET}"}`, gone: AWS_SECRET, expected: '{"AccessKeyId": "[REDACTED:aws-access-key-id]", "SecretAccessKey": "[REDACTED:secret]"}' },
    { name: 'bearer token', input: 'Authorization: Bearer 0123456789abcdefABCDEF.-_~+/xyz', gone: '0123456789abcdef', expected: 'Authorization: Bearer [REDACTED:token]' },
    { name: 'JWT', input: `token ${JWT} rejected`, gone: 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c', expected: 'token [REDACTED:jwt] rejected' },
    { name: 'JWT as bearer', input: `Authorization: Bearer ${JWT}`, gone: 'eyJzdWIi', expected: 'Authorization: Bearer [REDACTED:jwt]' },
    { name: 'Azure client secret (bare)', input: `secret value ${AZURE_SECRET} was rejected`, gone: AZURE_SECRET, expected: 'secret value [REDACTED:azure-client-secret] was rejected' },
    { name: 'Azure client secret (env)', input: 'AZURE_CLIENT_SECRET=some~legacy.secret-value_1234', gone: 'some~legacy', expected: 'AZURE_CLIENT_SECRET=[REDACTED:secret]' },
    { name: 'client_secret in a form body', input: 'grant_type=client_credentials&client_secret=s3cr3tValue&scope=x', gone: 's3cr3tValue', expected: 'grant_type=client_credentials&client_secret=[REDACTED:secret]&scope=x' },
    { name: 'PEM private key block', input: `key:\n${PEM}\ndone`, gone: 'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun', expected: 'key:\n-----BEGIN RSA PRIVATE KEY-----[REDACTED:private-key]\ndone' },
    { name: 'GCP service-account JSON private key', input: '{"private_key_id": "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b", "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----\\n"}', gone: 'MIIEvQIBADAN', expected: '{"private_key_id": "[REDACTED:secret]", "private_key": "-----BEGIN PRIVATE KEY-----[REDACTED:private-key]\\n"}' },
    { name: 'truncated PEM block', input: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ', gone: 'b3BlbnNzaC1', expected: '-----BEGIN OPENSSH PRIVATE KEY-----[REDACTED:private-key]' },
    { name: 'npm config set with a registry path before the key', input: 'npm config set //registry.example.com/:_authToken npmTok3nValue0123456789', gone: 'npmTok3nValue', expected: 'npm config set //registry.example.com/:_authToken [REDACTED:secret]' },
    { name: 'password in a URL', input: 'connecting to postgres://scanner:hunter2@db.internal:5432/findings', gone: 'hunter2', expected: 'connecting to postgres://scanner:[REDACTED:password]@db.internal:5432/findings' },
    { name: 'password key', input: 'login with password: "Tr0ub4dor&3"', gone: 'Tr0ub4dor', expected: 'login with password: "[REDACTED:secret]"' },
    { name: 'quoted value with spaces', input: "secret='correct horse battery staple' next", gone: 'horse', expected: "secret='[REDACTED:secret]' next" },
    { name: 'GitHub token', input: 'GITHUB_TOKEN ghp_abcdefghijklmnopqrstuvwxyz0123456789', gone: 'ghp_abc', expected: 'GITHUB_TOKEN [REDACTED:token]' },
    { name: 'Basic auth header', input: 'Authorization: Basic dXNlcjpwYXNzd29yZA==', gone: 'dXNlcjpwYXNzd29yZA', expected: 'Authorization: Basic [REDACTED:token]' },
  ])('$name', ({ input, gone, expected }) => {
    const out = redactSecrets(input);
    expect(out).not.toContain(gone);
    expect(out).toBe(expected);
  });

  it.each([
    'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.',
    'AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value',
    'Bearer token expired',
    'User: arn:aws:sts::123456789012:assumed-role/ProwlerRole/session is not authorized to perform: ec2:DescribeInstances',
    'https://console.developers.google.com/apis/api/compute.googleapis.com/overview?project=123456789012',
  ])('leaves ordinary error text alone: %s', (text) => {
    expect(redactSecrets(text)).toBe(text);
  });
});

describe('redactSecrets: properties', () => {
  const b64url = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), minLength: 10, maxLength: 60 });
  const upperAlnum = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), minLength: 16, maxLength: 16 });
  const b64 = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+'), minLength: 40, maxLength: 40 });
  const noise = fc.string({ maxLength: 60 }).map((s) => s.replace(/[A-Za-z0-9/+_=.~-]$/, ' '));

  it('removes generated AWS keys, secrets and JWTs from any surrounding text', () => {
    fc.assert(fc.property(noise, upperAlnum, b64, b64url, b64url, noise, (before, id, secret, h, p, after) => {
      const keyId = `AKIA${id}`;
      const jwt = `eyJ${h}.eyJ${p}.${h}`;
      const out = redactSecrets(`${before} ${keyId} aws_secret_access_key=${secret} Bearer ${jwt} ${after}`);
      expect(out).not.toContain(keyId);
      expect(out).not.toContain(secret);
      expect(out).not.toContain(`eyJ${p}`);
    }));
  });

  it('never throws, and redacting twice changes nothing', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => {
      const once = redactSecrets(s);
      expect(redactSecrets(once)).toBe(once);
    }));
    expect(redactSecrets(null as unknown as string)).toBe('');
  });

  it.each(SECRET_PATTERNS.map((p) => [p.kind, p.pattern.source] as const))('%s pattern uses bounded quantifiers only', (_kind, source) => {
    const unescaped = source.replace(/\\./g, '_').replace(/\[[^\]]*\]/g, '_');
    expect(unescaped).not.toMatch(/[*+]|\{\d+,\}/);
  });
});

describe('redactClassification (overlay evidence leaves the background)', () => {
  it('redacts evidence and detail strings, keeps kind, rule and the code', async () => {
    const { redactClassification } = await import('./redact-secrets.ts');
    const c = redactClassification({ kind: 'invalid_credentials', rule: 'azure.AADSTS7000215', evidence: 'AADSTS7000215: Invalid client secret provided. client_secret=Abc8Q~xYz1234567890abcdefghijklmnOPQRSTU', detail: { code: 'AADSTS7000215' } });
    expect(c.evidence).not.toContain('xYz1234567890');
    expect(c.evidence).toContain('AADSTS7000215');
    expect(c).toMatchObject({ kind: 'invalid_credentials', rule: 'azure.AADSTS7000215', detail: { code: 'AADSTS7000215' } });
  });
});
