import { describe, expect, it } from 'vitest';
import { rewriteManifest } from './tidy-manifest.ts';

const privateScripts = /^src\/content\/main\.js$/;
const emitted = {
  manifest_version: 3,
  minimum_chrome_version: '120',
  externally_connectable: { ids: [], matches: [] },
  web_accessible_resources: [
    { matches: ['http://*/*', 'https://*/*'], resources: ['src/content/main.js'] },
    { matches: ['https://*/*'], resources: ['icons/icon-16.png', 'src/content/main.js'] },
  ],
};

describe('rewriteManifest', () => {
  it('drops the injected content script from web_accessible_resources, keeping other resources', () => {
    const out = rewriteManifest(emitted, { privateScripts });
    expect(out.web_accessible_resources).toEqual([{ matches: ['https://*/*'], resources: ['icons/icon-16.png'] }]);
    expect(out.minimum_chrome_version).toBe('120');
  });

  it('removes web_accessible_resources entirely when nothing else is exposed', () => {
    const out = rewriteManifest({ web_accessible_resources: [emitted.web_accessible_resources[0]!] }, { privateScripts });
    expect(out).not.toHaveProperty('web_accessible_resources');
  });

});
