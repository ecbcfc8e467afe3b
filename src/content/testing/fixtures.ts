/** Saved dashboard pages for tests: loads one into the current (happy-dom) document at its URL. */
import projectsCollapsed from '../fixtures/projects-collapsed.html?raw';
import projectsExpanded from '../fixtures/projects-expanded.html?raw';
import history from '../fixtures/history.html?raw';
import historyErrorPanel from '../fixtures/history-error-panel.html?raw';
import integrations from '../fixtures/integrations.html?raw';
import prowlerScansCompleted from '../fixtures/prowler/scans-completed.html?raw';
import prowlerScansInProgress from '../fixtures/prowler/scans-in-progress.html?raw';
import prowlerErrorDialogCredentials from '../fixtures/prowler/scans-error-dialog-credentials.html?raw';
import prowlerErrorDialogPermissions from '../fixtures/prowler/scans-error-dialog-permissions.html?raw';
import prowlerProviders from '../fixtures/prowler/providers.html?raw';

export const ORIGIN = 'http://127.0.0.1:8790';
/** Where Prowler App's UI ran when its pages were captured (any origin works: links are built from the page's). */
export const PROWLER_ORIGIN = 'http://127.0.0.1:3000';

/** Each fixture with the path it was saved from. */
export const FIXTURES = {
  projectsCollapsed: { html: projectsCollapsed, path: '/app/projects' },
  projectsExpanded: { html: projectsExpanded, path: '/app/projects' },
  history: { html: history, path: '/app/projects/p-azure-dev/history' },
  historyErrorPanel: { html: historyErrorPanel, path: '/app/projects/p-azure-dev/history' },
  integrations: { html: integrations, path: '/app/integrations' },
  // Prowler App's real UI (src/content/fixtures/prowler/NOTES.md says what each holds).
  prowlerScansCompleted: { html: prowlerScansCompleted, path: '/scans?tab=completed', origin: PROWLER_ORIGIN },
  prowlerScansInProgress: { html: prowlerScansInProgress, path: '/scans?tab=active', origin: PROWLER_ORIGIN },
  prowlerErrorDialogCredentials: { html: prowlerErrorDialogCredentials, path: '/scans?tab=completed', origin: PROWLER_ORIGIN },
  prowlerErrorDialogPermissions: { html: prowlerErrorDialogPermissions, path: '/scans?tab=completed', origin: PROWLER_ORIGIN },
  prowlerProviders: { html: prowlerProviders, path: '/providers', origin: PROWLER_ORIGIN },
} as const;

export type FixtureName = keyof typeof FIXTURES;

/** Replaces the document's body with a fixture and moves the page to its URL; returns that URL. */
export function loadFixture(name: FixtureName): URL {
  const fixture: { path: string; origin?: string } = FIXTURES[name];
  const url = new URL(fixture.path, fixture.origin ?? ORIGIN);
  window.happyDOM?.setURL(url.href);
  document.body.replaceChildren(...parseFixture(name).childNodes);
  return url;
}

/** The fixture's body, parsed into a detached element (for adding parts of a page later). */
export function parseFixture(name: FixtureName): HTMLElement {
  return new DOMParser().parseFromString(FIXTURES[name].html, 'text/html').body;
}

declare global {
  interface Window {
    happyDOM?: { setURL(url: string): void };
  }
}
