import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The e2e/demo build: the reference server's loopback origins are required host permissions. */
export const DIST_E2E = join(ROOT, 'dist-e2e');
/** The Firefox build as shipped (what addons-linter checks). */
export const DIST_FIREFOX = join(ROOT, 'dist-firefox');
/** The Firefox build with loopback host permissions, for the Firefox smoke test. */
export const DIST_FIREFOX_E2E = join(ROOT, 'dist-firefox-e2e');
/** Screenshots and other run artifacts (gitignored). */
export const ARTIFACTS = join(ROOT, 'e2e', 'artifacts');
