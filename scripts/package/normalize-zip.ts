import JSZip from 'jszip';

/**
 * The date every entry of a packaged zip carries: the earliest a zip can hold (1980-01-01, UTC; jszip
 * writes DOS dates in UTC). Build time must not leak into the bytes.
 */
export const FIXED_ZIP_DATE = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));

/**
 * Rewrites a zip reproducibly: the same files with the same contents give the same bytes, whenever
 * and in whatever order they were written (web-ext's zip stamps every entry with the current time and
 * adds files in the order reads complete). Entries are sorted by path, dated FIXED_ZIP_DATE, given
 * fixed permissions, and directories are implied by the paths (no directory entries).
 */
export async function normalizeZip(input: Uint8Array): Promise<Buffer> {
  const source = await JSZip.loadAsync(input);
  const files = Object.values(source.files)
    .filter((entry) => !entry.dir)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out = new JSZip();
  for (const entry of files) {
    out.file(entry.name, await entry.async('uint8array'), {
      date: FIXED_ZIP_DATE,
      createFolders: false,
      unixPermissions: null,
      dosPermissions: null,
    });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' });
}
