import { describe, expect, it } from 'vitest';
import { pointLoaderAtBackground, rewriteManifest } from './tidy-manifest.ts';

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

describe('pointLoaderAtBackground', () => {
  const bundleOf = (code: string, id: string) => ({
    'service-worker-loader.js': { type: 'asset', fileName: 'service-worker-loader.js', source: "import './assets/main.ts-WRONG.js';\n" },
    [`assets/main.ts-${id}.js`]: { type: 'chunk', fileName: `assets/main.ts-${id}.js`, facadeModuleId: `/${id}/src/background/main.ts`, code, imports: [], dynamicImports: [] },
    'assets/main.ts-WRONG.js': { type: 'chunk', fileName: 'assets/main.ts-WRONG.js', facadeModuleId: `/${id}/src/content/main.ts`, code: 'overlay', imports: [], dynamicImports: [] },
  }) as unknown as Parameters<typeof pointLoaderAtBackground>[0];
  /** What the plugin's emitFile does: the file joins the bundle. */
  const run = (bundle: ReturnType<typeof bundleOf>) =>
    pointLoaderAtBackground(bundle, 'src/background/main.ts', (fileName, source) => {
      (bundle as Record<string, unknown>)[fileName] = { type: 'asset', fileName, source };
    });

  it('names the background chunk after its code alone, and points the loader at it', () => {
    const a = bundleOf('console.log("bg")', 'builtHere');
    const b = bundleOf('console.log("bg")', 'builtThere');
    run(a);
    run(b);
    const names = (bundle: typeof a) => Object.keys(bundle).sort();
    expect(names(a)).toEqual(names(b));
    const background = names(a).find((n) => n.startsWith('assets/background-'))!;
    expect(background).toMatch(/^assets\/background-[A-Za-z0-9_-]{8}\.js$/);
    expect((a['service-worker-loader.js'] as unknown as { source: string }).source).toBe(`import './${background}';\n`);
    expect((a[background] as unknown as { source: string }).source).toBe('console.log("bg")');
    expect(names(a).filter((n) => n.startsWith('assets/main.ts-'))).toEqual(['assets/main.ts-WRONG.js']);
  });

  it('different code, different name', () => {
    const a = bundleOf('one', 'x');
    const b = bundleOf('two', 'x');
    run(a);
    run(b);
    expect(Object.keys(a).sort()).not.toEqual(Object.keys(b).sort());
  });

  it('refuses to rename a background chunk another chunk imports (it would break that import)', () => {
    const bundle = bundleOf('bg', 'x') as unknown as Record<string, { imports: string[] }>;
    bundle['assets/main.ts-WRONG.js']!.imports = ['assets/main.ts-x.js'];
    expect(() => run(bundle as never)).toThrow(/import the background chunk/);
  });
});
