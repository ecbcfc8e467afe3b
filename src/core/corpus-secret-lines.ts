/**
 * Secret-bearing log lines written for this test, in the shapes real tools print (env dumps, JSON
 * bodies, escaped JSON inside a string, CLI invocations, connection strings, headers). Every secret
 * is fake but format-correct (AWS's documented EXAMPLE keys, jwt.io-style tokens, made-up values);
 * none is a real credential. `gone`: substrings that must vanish; `keep`: evidence that must survive.
 */
export interface SecretLine { line: string; gone: string[]; keep: string[]; /** Where the format or the shape comes from (a rule set, a vendor doc). */ source?: string }

const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const JWT_HEAD = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9';
/** An Azure AD token with many group claims: far longer than any old length cap. */
const LONG_JWT = `${JWT_HEAD}.eyJncm91cHMiOlsi${'YWJjZGVmZ2hpamtsbW5vcA'.repeat(600)}.${'c2lnbmF0dXJl'.repeat(30)}`;
const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export const SECRET_LINES: readonly SecretLine[] = [
  { line: `DB_PASSWORD=Sup3r-S3cret! AWS_REGION=us-east-1`, gone: ['Sup3r-S3cret'], keep: ['AWS_REGION=us-east-1'] },
  { line: `PROWLER_AWS_SECRET_KEY=${AWS_SECRET}`, gone: [AWS_SECRET], keep: ['PROWLER_AWS_SECRET_KEY='] },
  { line: `export MY_SERVICE_API_KEY="k3y-0f-the-service-991"`, gone: ['k3y-0f-the-service-991'], keep: ['MY_SERVICE_API_KEY'] },
  { line: `{"adminPassword":"P@ssw0rd!2024","location":"westeurope"}`, gone: ['P@ssw0rd!2024'], keep: ['westeurope'] },
  { line: `{"clientId":"00000000-0000-0000-0000-000000000000","clientSecret":"fake.client~secret_value"}`, gone: ['fake.client~secret_value'], keep: ['clientId'] },
  { line: `body="{\\"password\\":\\"escaped-pw-123\\",\\"user\\":\\"scanner\\"}"`, gone: ['escaped-pw-123'], keep: ['scanner'] },
  { line: `x-api-key: 4f9d2c1b8a7e6d5c4b3a2f1e0d9c8b7a`, gone: ['4f9d2c1b8a7e6d5c4b3a2f1e0d9c8b7a'], keep: ['x-api-key'] },
  { line: `DefaultEndpointsProtocol=https;AccountName=scanlogs;AccountKey=${ACCOUNT_KEY};EndpointSuffix=core.windows.net`, gone: [ACCOUNT_KEY.slice(0, 30)], keep: ['AccountName=scanlogs', 'core.windows.net'] },
  { line: `Endpoint=sb://scan-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=q1w2e3r4t5y6u7i8o9p0ASDFGHJKLzxcvbnm12345=`, gone: ['q1w2e3r4t5y6u7i8o9p0'], keep: ['scan-bus.servicebus.windows.net', 'RootManageSharedAccessKey'] },
  { line: `GET https://scanlogs.blob.core.windows.net/c/r.json?sv=2022-11-02&se=2026-01-01&sr=b&sp=r&sig=dGhpcyBpcyBhIGZha2Ugc2lnbmF0dXJl%3D 403`, gone: ['dGhpcyBpcyBhIGZha2Ugc2lnbmF0dXJl'], keep: ['scanlogs.blob.core.windows.net', '403'] },
  { line: `googleapis: key=AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe rejected`, gone: ['AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe'], keep: ['rejected'] },
  { line: `token ya29.a0AfH6SMBfakeFAKEfake0123456789_-abcdefghijklmnop expired`, gone: ['a0AfH6SMBfakeFAKEfake'], keep: ['expired'] },
  { line: `aws configure set --secret-access-key ${AWS_SECRET} --region eu-west-1`, gone: [AWS_SECRET], keep: ['--region eu-west-1'] },
  { line: `prowler azure --sp-env-auth --client-secret=notARealSecret123`, gone: ['notARealSecret123'], keep: ['--sp-env-auth'] },
  { line: `AUTHORIZATION: BEARER abc123def456`, gone: ['abc123def456'], keep: ['AUTHORIZATION'] },
  { line: `Authorization: Bearer tok_1234 denied`, gone: ['tok_1234'], keep: ['denied'] },
  { line: `redis://:hunter2pass@cache.internal:6379/0`, gone: ['hunter2pass'], keep: ['cache.internal:6379'] },
  { line: `postgres://scanner:p@ss@word@db.internal:5432/findings`, gone: ['p@ss@word', 'ss@word'], keep: ['db.internal:5432/findings'] },
  { line: `git clone https://ghp_abcdefghijklmnopqrstuvwxyz0123456789@github.com/org/repo`, gone: ['ghp_abcdefghijklmnopqrstuvwxyz0123456789'], keep: ['github.com/org/repo'] },
  { line: `gitlab token glpat-aBcDeFgHiJkLmNoPqRsT rejected`, gone: ['glpat-aBcDeFgHiJkLmNoPqRsT'], keep: ['rejected'] },
  { line: `SLACK_WEBHOOK_TOKEN xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOp`, gone: ['xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOp'], keep: ['SLACK_WEBHOOK_TOKEN'] },
  { line: `stripe key sk_live_${'4eC39HqLyjWDarjtT1zdp7dc'}`, gone: ['4eC39HqLyjWDarjtT1zdp7dc'], keep: ['stripe key'] },
  { line: `//registry.npmjs.org/:_authToken=npm_${'a'.repeat(10)}${'B1'.repeat(13)}`, gone: [`npm_${'a'.repeat(10)}`], keep: ['registry.npmjs.org'] },
  { line: `OPENAI_KEY sk-proj-FAKEfakeFAKEfake0123456789abcdef`, gone: ['FAKEfakeFAKEfake0123456789'], keep: ['OPENAI_KEY'] },
  { line: `aws_session_token=IQoJb3JpZ2luX2VjEFAKEFAKEFAKE//////////wEaCXVzLWVhc3QtMSJH`, gone: ['IQoJb3JpZ2luX2VjEFAKE'], keep: ['aws_session_token'] },
  { line: `Assumed ASIAY34FZKBOKMUTVV7A for arn:aws:iam::123456789012:role/ProwlerScan`, gone: ['ASIAY34FZKBOKMUTVV7A'], keep: ['arn:aws:iam::123456789012:role/ProwlerScan'] },
  { line: `id_token=${LONG_JWT}`, gone: [LONG_JWT.slice(40, 200), LONG_JWT.slice(-60)], keep: ['id_token='] },
  { line: `Authorization: Bearer ${LONG_JWT}\nAADSTS7000215: Invalid client secret provided.`, gone: [LONG_JWT.slice(-60)], keep: ['AADSTS7000215'] },
  { line: `-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIFAKEFAKEFAKEFAKEFAKEoAoGCCqGSM49AwEHoUQDQgAE\n-----END EC PRIVATE KEY-----`, gone: ['MHcCAQEEIFAKE'], keep: [] },
  { line: `"private-key": "fake-kebab-value-99"`, gone: ['fake-kebab-value-99'], keep: ['private-key'] },
  { line: `User: arn:aws:iam::123456789012:user/scan is not authorized to perform: securityhub:GetFindings (RequestId: 7a62c49f-347e-4fc4-9331-6e8eEXAMPLE) password=abc`, gone: ['password=abc'], keep: ['securityhub:GetFindings', 'arn:aws:iam::123456789012:user/scan', '7a62c49f-347e-4fc4-9331-6e8eEXAMPLE'] },
  { line: `https://sts.us-gov-west-1.amazonaws.com failed; token: deadbeefcafe`, gone: ['deadbeefcafe'], keep: ['https://sts.us-gov-west-1.amazonaws.com'] },
  { line: `hf token hf_FAKEfakeFAKEfakeFAKEfakeFAKEfake12`, gone: ['hf_FAKEfakeFAKEfakeFAKEfakeFAKEfake12'], keep: ['hf token'] },
];
