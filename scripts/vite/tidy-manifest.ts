import { createHash } from 'node:crypto';
import type { Plugin, Rollup } from 'vite';

type Manifest = Record<string, unknown> & {
  web_accessible_resources?: Array<{ matches?: string[]; resources: string[] }>;
};

/**
 * Rewrites the manifest crxjs emits, after crxjs is done with it.
 *
 * - crxjs lists every `?script` import (our content script, injected with
 *   scripting.registerContentScripts) as web-accessible to all http/https pages. Injection does not need
 *   that, and a web-accessible file lets any site fingerprint the extension: drop those entries.
 * - crxjs (3.0 on vite 8 / rolldown) names the background chunk and the content script's chunk both
 *   `main.ts-<hash>.js` and may point the service-worker loader at the content script's: the worker
 *   then runs the overlay instead of the background. Point the loader at the chunk built from
 *   `backgroundEntry`, whatever it is called.
 * - That chunk's hash is not a function of its code alone (crxjs's content-script placeholder, derived
 *   from the absolute path, is in the code when the hash is taken): the same source built in another
 *   directory got another file name. It is renamed `assets/background-<hash of its final code>.js`, so
 *   packaged builds are reproducible wherever they are built; only the loader refers to it.
 */
export function tidyManifest(options: { privateScripts: RegExp; backgroundEntry: string }): Plugin {
  return {
    name: 'scansight:tidy-manifest',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_outputOptions, bundle) {
        const asset = bundle['manifest.json'];
        if (!asset || asset.type !== 'asset') return;
        // Rolldown ignores files added to `bundle`: a renamed file is emitted instead.
        pointLoaderAtBackground(bundle, options.backgroundEntry, (fileName, source) => void this.emitFile({ type: 'asset', fileName, source }));
        const manifest = JSON.parse(String(asset.source)) as Manifest;
        asset.source = JSON.stringify(rewriteManifest(manifest, options), null, 2) + '\n';
      },
    },
  };
}

const LOADER = 'service-worker-loader.js';

/** Points the service-worker loader at the background chunk, renamed after its final code (see above). */
export function pointLoaderAtBackground(bundle: Rollup.OutputBundle, backgroundEntry: string, emit: (fileName: string, source: string) => void): void {
  const loader = bundle[LOADER];
  if (!loader || loader.type !== 'asset') return;
  const chunk = Object.values(bundle).find(
    (file): file is Rollup.OutputChunk => file.type === 'chunk' && (file.facadeModuleId ?? '').replaceAll('\\', '/').endsWith(backgroundEntry),
  );
  if (!chunk) throw new Error(`tidy-manifest: no chunk built from ${backgroundEntry}`);
  const importers = Object.values(bundle).filter((f) => f.type === 'chunk' && (f.imports.includes(chunk.fileName) || f.dynamicImports.includes(chunk.fileName)));
  if (importers.length > 0) throw new Error(`tidy-manifest: ${importers.map((f) => f.fileName).join(', ')} import the background chunk; it cannot be renamed`);
  const fileName = `assets/background-${createHash('sha256').update(chunk.code).digest('base64url').slice(0, 8)}.js`;
  // Same directory as before, so the chunk's relative imports still resolve.
  delete bundle[chunk.fileName];
  emit(fileName, chunk.code);
  loader.source = `import './${fileName}';\n`;
}

/** The rewrite itself, pure, so it can be tested without a build. */
export function rewriteManifest(
  manifest: Manifest,
  { privateScripts }: { privateScripts: RegExp },
): Manifest {
  const out: Manifest = { ...manifest };
  const resources = (out.web_accessible_resources ?? [])
    .map((entry) => ({ ...entry, resources: entry.resources.filter((r) => !privateScripts.test(r)) }))
    .filter((entry) => entry.resources.length > 0);
  if (resources.length > 0) out.web_accessible_resources = resources;
  else delete out.web_accessible_resources;
  return out;
}
