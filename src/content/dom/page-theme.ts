/**
 * Whether the dashboard around an annotation is dark, so cards and chips stay legible on it (Prowler
 * App's UI is dark by default). Read from what the page declares (a `dark` class on the root, as
 * next-themes and Tailwind set it, or `color-scheme: dark`), else from how dark its background is.
 */

let cached: { at: number; dark: boolean } | null = null;
/** One reading serves a burst of annotations (a pass writes many at once). */
const REUSE_MS = 500;

/** Relative luminance (0 black … 1 white) of a CSS `rgb()`/`rgba()` colour; null when transparent or unreadable. */
export function luminance(color: string): number | null {
  const parts = /rgba?\(([^)]+)\)/.exec(color)?.[1]?.split(/[\s,/]+/).filter(Boolean).map(Number);
  if (!parts || parts.length < 3 || parts.slice(0, 3).some((n) => !Number.isFinite(n))) return null;
  if (parts.length >= 4 && parts[3]! < 0.5) return null;
  const [r, g, b] = parts.map((n) => {
    const c = n / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function readTheme(doc: Document): boolean {
  const root = doc.documentElement;
  if (root.classList.contains('dark')) return true;
  if (root.classList.contains('light')) return false;
  const view = doc.defaultView;
  if (!view) return false;
  const scheme = view.getComputedStyle(root).colorScheme ?? '';
  if (/^\s*dark\b/.test(scheme)) return true;
  for (const element of [doc.body, root]) {
    if (!element) continue;
    const lum = luminance(view.getComputedStyle(element).backgroundColor);
    if (lum !== null) return lum < 0.2;
  }
  return false;
}

/** True when the page is dark now (re-read at most every half second). */
export function pageIsDark(doc: Document = document): boolean {
  const now = performance.now();
  if (!cached || now - cached.at > REUSE_MS) cached = { at: now, dark: readTheme(doc) };
  return cached.dark;
}
