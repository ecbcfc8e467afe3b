import type { SecretLine } from './corpus-secret-lines.ts';

/**
 * More secret-bearing lines: each documented token format (the vendors' published prefixes and
 * lengths; values are fakes in those shapes) in each place logs put secrets (env dumps, JSON, YAML,
 * CLI flags, headers, prose), with the evidence around it that must survive redaction.
 */
/** `bare`: the value says what it is by its shape alone (a prefix or a fixed format), so it is caught even in prose. */
interface Secret { name: string; value: string; flag: string; bare?: false }

const SECRETS: readonly Secret[] = [
  { bare: false, name: 'AWS_SECRET_ACCESS_KEY', value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', flag: '--aws-secret-access-key' },
  { name: 'GITHUB_TOKEN', value: 'ghp_R2d2C3poBb8Yoda7Luke4Leia5Han6Chew1', flag: '--personal-access-token' },
  { name: 'GH_FINE_GRAINED', value: 'github_pat_11AAAAAAA0abcdefghijklm_nopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdef', flag: '--github-token' },
  { name: 'SLACK_BOT_TOKEN', value: 'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx', flag: '--slack-token' },
  { name: 'STRIPE_KEY', value: 'sk_live_51HabcdefGHIJKLmnopQRSTuvwxYZ0123456789abcdefGHIJKLmn', flag: '--stripe-key' },
  { name: 'GOOGLE_API_KEY', value: 'AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW', flag: '--google-api-key' },
  { name: 'GOOGLE_ACCESS_TOKEN', value: 'ya29.a0AfB_byC1d2E3f4G5h6I7j8K9l0MnOpQrStUvWxYz0123456789', flag: '--access-token' },
  { name: 'AZURE_CLIENT_SECRET', value: 'Xy78Q~AbCdEfGhIjKlMnOpQrStUvWxYz01234567', flag: '--client-secret' },
  { name: 'OPENAI_API_KEY', value: 'sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGh', flag: '--openai-key' },
  { name: 'GITLAB_TOKEN', value: 'glpat-AbCdEfGhIjKlMnOpQrSt', flag: '--gitlab-token' },
  { name: 'NPM_TOKEN', value: 'npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', flag: '--npm-token' },
  { name: 'SENDGRID_API_KEY', value: 'SG.AbCdEfGhIjKlMnOpQrStUv.WxYz0123456789AbCdEfGhIjKlMnOpQrStUvWxYz0', flag: '--sendgrid-key' },
  { bare: false, name: 'DATADOG_API_KEY', value: '0123456789abcdef0123456789abcdef', flag: '--dd-api-key' },
  { bare: false, name: 'OKTA_API_TOKEN', value: '00AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCd', flag: '--okta-token' },
  { bare: false, name: 'MONGODB_ATLAS_PRIVATE_KEY', value: '8f0c2d1e-4b3a-4c5d-9e8f-7a6b5c4d3e2f', flag: '--atlas-private-key' },
  { bare: false, name: 'DB_PASSWORD', value: 'Tr0ub4dor&3-horse', flag: '--db-password' },
];

const lines: SecretLine[] = [];
for (const s of SECRETS) {
  lines.push(
    { line: `${s.name}=${s.value} AWS_REGION=eu-west-1`, gone: [s.value], keep: ['AWS_REGION=eu-west-1'] },
    { line: `{"${s.name.toLowerCase()}":"${s.value}","accountId":"123456789012"}`, gone: [s.value], keep: ['123456789012'] },
    { line: `  ${s.name.toLowerCase()}: ${s.value}\n  region: eu-west-1`, gone: [s.value], keep: ['region: eu-west-1'] },
    { line: `prowler scan ${s.flag} ${s.value} --region eu-west-1 failed: AccessDenied`, gone: [s.value], keep: ['--region eu-west-1', 'AccessDenied'] },
  );
  // In prose a value has no key to be known by: only formats that describe themselves can be caught
  // (a bare password or a 32-hex key in a sentence is indistinguishable from an id: docs/security.md P7).
  if (s.bare !== false) {
    lines.push({ line: `2026-12-05T10:00:00Z ERROR scan s-1: request with credential ${s.value} rejected (InvalidClientTokenId) for arn:aws:iam::123456789012:role/ProwlerScan`, gone: [s.value], keep: ['InvalidClientTokenId', 'arn:aws:iam::123456789012:role/ProwlerScan'] });
  }
}
// Headers and URLs, each format once more.
for (const s of SECRETS.slice(0, 8)) {
  lines.push({ line: `Authorization: Bearer ${s.value}\nHost: api.example.com`, gone: [s.value], keep: ['Host: api.example.com'] });
}

export const MORE_SECRET_LINES: readonly SecretLine[] = lines;
