import { beforeEach, describe, expect, it } from 'vitest';
import { capabilitiesFor, capabilitiesOf } from './source-capabilities.ts';
import { DEFAULT_SETTINGS } from './settings-schema.ts';
import { saveCredentials } from './credentials.ts';
import { resetStorage } from './test/test-background.ts';
import { PROWLER_CAPABILITIES } from '../sources/prowler/prowler-source.ts';
import { SCANSIGHT_CAPABILITIES } from '../sources/scansight/scansight-source.ts';

beforeEach(() => resetStorage());

describe('capabilities', () => {
  it('follow the source type alone: no secret, no adapter, no network', () => {
    expect(capabilitiesFor({ ...DEFAULT_SETTINGS, sourceType: 'prowler' })).toEqual(PROWLER_CAPABILITIES);
    expect(capabilitiesFor({ ...DEFAULT_SETTINGS, sourceType: 'scansight', apiUrl: '' })).toEqual(SCANSIGHT_CAPABILITIES);
  });

  it('configured means an API URL with a secret stored for its origin', async () => {
    const settings = { ...DEFAULT_SETTINGS, sourceType: 'prowler' as const, apiUrl: 'https://api.prowler.example' };
    expect(await capabilitiesOf(settings)).toEqual({ configured: false, capabilities: PROWLER_CAPABILITIES });
    await saveCredentials(settings.apiUrl, { token: 'pk_live' });
    expect(await capabilitiesOf(settings)).toEqual({ configured: true, capabilities: PROWLER_CAPABILITIES });
  });
});
