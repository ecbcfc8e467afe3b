import { describe, expect, it } from 'vitest';
import { artifactNames, releaseEnv } from './package.ts';

describe('package', () => {
  it('names the artifacts after the version', () => {
    expect(artifactNames('1.2.3')).toEqual({ chrome: 'scansight-chrome-1.2.3.zip', firefox: 'scansight-firefox-1.2.3.zip', source: 'scansight-source-1.2.3.zip' });
  });

  it('builds releases without what a test runner or a shell sets for other builds', () => {
    const env = releaseEnv({ PATH: '/bin', NODE_ENV: 'test', VITEST: 'true', VITEST_POOL_ID: '1', TEST: 'true', VITE_X: '1', SCANSIGHT_MODE: 'e2e' }, 'firefox');
    expect(env).toEqual({ PATH: '/bin', NODE_ENV: 'production', SCANSIGHT_MODE: 'production', SCANSIGHT_BROWSER: 'firefox' });
  });
});
