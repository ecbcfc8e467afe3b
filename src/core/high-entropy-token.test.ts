import { describe, expect, it } from 'vitest';
import { looksRandom, redactHighEntropy } from './high-entropy-token.ts';

describe('looksRandom', () => {
  it.each([
    'Fa6x2QzTG1pb23yKf/Dx+/bT/MTuvUY03c57QeS8', // an AWS secret access key shape
    'k2I7aKyVeOt8jYSQdPNiOsPSTlJwC7VN',
    'mvkD7SlNNGOra2kMlgPc',
  ])('takes %s for key material', (token) => expect(looksRandom(token)).toBe(true));

  it.each([
    'ExpiredTokenException2024', // a code with a year
    'M365ClientIdAndClientSecretNotBelongingToTenantIdError', // an identifier of words
    'd41d8cd98f00b204e9800998ecf8427e', // a hex hash
    '7B1E3A52-94C4-5D2F-A1E8-3C0F6B9D2E47', // an upper-case request id
    'AC62e0d02d4ab75fe5b698ac6a186671b3', // a prefixed hex id (Twilio)
    'pi_JEPl6zYJ6fd5ik5JdFC0RRKn', // a prefixed object id (Stripe)
    'sha512-1XSgWVUrQG+kdnnN/RtV+xXKE+etyifLeHkHIaq073G7IYZh2ptjuK1qjaHAI5DWJrWf1Wk14UVn786faGOcBe==', // SRI
    'subscriptions/aaaa1111-bbbb-cccc-dddd-eeee22223333/resourceGroups/rg-prod', // a resource path
    'eyJ2ZXJzaW9uIjoiMjAxMi0xMC0xNyIsInN0YXRlbWVudCI6W119', // base64 of readable JSON
  ])('leaves %s alone', (token) => expect(looksRandom(token)).toBe(false));
});

describe('redactHighEntropy', () => {
  it('redacts key material under a key no pattern names, and keeps what is named as evidence', () => {
    const line = 'login ok=false conn_blob=k2I7aKyVeOt8jYSQdPNiOsPSTlJwC7VN x-amz-id-2: k9I7aKyVeOt8jYSQdPNiOsPSTlJwC7VQ <HostId>Zq2I7aKyVeOt8jYSQdPNiOsPSTlJwC7V</HostId>';
    const out = redactHighEntropy(line);
    expect(out).toContain('conn_blob=[REDACTED:secret]');
    expect(out).toContain('x-amz-id-2: k9I7aKyVeOt8jYSQdPNiOsPSTlJwC7VQ');
    expect(out).toContain('<HostId>Zq2I7aKyVeOt8jYSQdPNiOsPSTlJwC7V</HostId>');
  });

  it('leaves the resource names inside an ARN', () => {
    const arn = 'arn:aws:sts::210987654321:assumed-role/ProwlerScan/prowler-Xk29Qa7LmP3zT8rW1yB5';
    expect(redactHighEntropy(arn)).toBe(arn);
  });

  it('is idempotent', () => {
    const once = redactHighEntropy('token k2I7aKyVeOt8jYSQdPNiOsPSTlJwC7VN here');
    expect(redactHighEntropy(once)).toBe(once);
  });
});
