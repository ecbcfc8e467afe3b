/**
 * Bundles a bench/browser entry into one IIFE string with Vite (lib mode, nothing written), to be
 * run in an extension page with page.evaluate (CDP evaluation is not subject to the page's CSP).
 */
import { build, type Rolldown } from 'vite';

export async function bundleForPage(entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: ['iife'], name: 'benchPage', fileName: 'bench-page' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`bundleForPage: no chunk built from ${entry}`);
  return chunk.code;
}
