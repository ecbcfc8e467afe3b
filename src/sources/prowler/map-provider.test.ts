import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.ts';
import { ProviderResource } from './schemas.ts';
import { providerToIntegration, providerToProject } from './map-provider.ts';
import { awsProvider, disconnectedProvider, providerResource, uncheckedProvider } from './fixtures/prowler-documents.ts';

const parse = (fixture: unknown) => parseDocument(ProviderResource, fixture, 'provider');

describe('provider → project and integration', () => {
  it('a provider is a project whose integration is itself', () => {
    expect(providerToProject(parse(awsProvider), 'https://prowler.example')).toEqual({
      id: awsProvider.id,
      name: 'production (123456789012)',
      kind: 'cspm',
      integrationId: awsProvider.id,
      dashboardUrl: 'https://prowler.example/providers',
    });
  });

  it.each([
    [awsProvider, 'ok'],
    [disconnectedProvider, 'failed'],
    [uncheckedProvider, 'unknown'],
  ])('connection → lastAuthStatus (%#)', (fixture, status) => {
    expect(providerToIntegration(parse(fixture)).lastAuthStatus).toBe(status);
  });

  it('an integration carries the provider type, name, creation time and the account id Prowler\'s UI shows', () => {
    expect(providerToIntegration(parse(disconnectedProvider))).toEqual({
      id: disconnectedProvider.id,
      provider: 'azure',
      name: 'sub-finance (8a1b2c3d-0000-4000-8000-00000000abcd)',
      createdAt: '2025-01-10T08:00:00.123456Z',
      lastAuthStatus: 'failed',
      accountUid: '8a1b2c3d-0000-4000-8000-00000000abcd',
    });
  });

  it('names by uid alone when there is no alias; IaC providers are code projects', () => {
    expect(providerToProject(parse(uncheckedProvider), null).name).toBe('acme-prod-1');
    expect(providerToProject(parse(providerResource({ id: 'p', provider: 'iac', uid: 'https://github.com/acme/infra', alias: null })), null).kind).toBe('code');
  });

  it('a provider without a connection object is unknown, not ok', () => {
    const bare = { ...awsProvider, attributes: { ...awsProvider.attributes, connection: undefined } };
    expect(providerToIntegration(parse(bare)).lastAuthStatus).toBe('unknown');
  });
});
