/**
 * Offline fonts for Prowler UI's `next build`.
 *
 * Prowler's `ui/config/fonts.ts` loads Inter and Fira Code through `next/font/google`,
 * which fetches Google's CSS at build time and fails without network. Next reads
 * `NEXT_FONT_GOOGLE_MOCKED_RESPONSES` (a CommonJS file mapping each Google CSS URL to
 * the CSS to use instead); Turbopack then fetches the font files the CSS names. We
 * serve the same families from the npm registry (`@fontsource-variable/*`) over
 * loopback HTTP, so the build passes without touching Prowler's files.
 */
import { createServer, type Server } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

/** One Google Fonts request Prowler's UI makes, and the fontsource file that answers it. */
interface MockedFont {
  /** The exact URL next/font/google builds for the call in ui/config/fonts.ts. */
  url: string;
  family: string;
  weight: string;
  /** Path under the toolchain's node_modules. */
  file: string;
}

const FONTS: MockedFont[] = [
  {
    url: 'https://fonts.googleapis.com/css2?family=Inter:wght@100..900&display=swap',
    family: 'Inter',
    weight: '100 900',
    file: '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  },
  {
    url: 'https://fonts.googleapis.com/css2?family=Fira+Code:wght@300..700&display=swap',
    family: 'Fira Code',
    weight: '300 700',
    file: '@fontsource-variable/fira-code/files/fira-code-latin-wght-normal.woff2',
  },
];

/** A running font server and the mock file that points at it. */
export interface FontMock {
  /** Value for NEXT_FONT_GOOGLE_MOCKED_RESPONSES. */
  mockFile: string;
  close(): Promise<void>;
}

/** Serves the fontsource files on 127.0.0.1 and writes the mock-responses file into `cacheDir`. */
export async function startFontMock(nodeModules: string, cacheDir: string): Promise<FontMock> {
  const server: Server = createServer((req, res) => {
    const font = FONTS.find((f) => req.url === `/${encodeURIComponent(f.family)}.woff2`);
    if (!font) {
      res.writeHead(404).end();
      return;
    }
    readFile(join(nodeModules, font.file)).then(
      (body) => res.writeHead(200, { 'content-type': 'font/woff2' }).end(body),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const responses = Object.fromEntries(
    FONTS.map((f) => [
      f.url,
      `/* latin */\n@font-face {\n  font-family: '${f.family}';\n  font-style: normal;\n  font-weight: ${f.weight};\n  font-display: swap;\n` +
        `  src: url(http://127.0.0.1:${port}/${encodeURIComponent(f.family)}.woff2) format('woff2');\n` +
        `  unicode-range: U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD;\n}\n`,
    ]),
  );
  const mockFile = join(cacheDir, 'google-fonts-mock.cjs');
  await writeFile(mockFile, `module.exports = ${JSON.stringify(responses, null, 2)};\n`);
  return { mockFile, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
