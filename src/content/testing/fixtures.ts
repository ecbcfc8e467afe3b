/** Saved dashboard pages for tests: loads one into the current (happy-dom) document at its URL. */
import projectsCollapsed from '../fixtures/projects-collapsed.html?raw';
import projectsExpanded from '../fixtures/projects-expanded.html?raw';
import history from '../fixtures/history.html?raw';
import historyErrorPanel from '../fixtures/history-error-panel.html?raw';
import integrations from '../fixtures/integrations.html?raw';

export const ORIGIN = 'http://127.0.0.1:8790';

/** Each fixture with the path it was saved from. */
export const FIXTURES = {
  projectsCollapsed: { html: projectsCollapsed, path: '/app/projects' },
  projectsExpanded: { html: projectsExpanded, path: '/app/projects' },
  history: { html: history, path: '/app/projects/p-azure-dev/history' },
  historyErrorPanel: { html: historyErrorPanel, path: '/app/projects/p-azure-dev/history' },
  integrations: { html: integrations, path: '/app/integrations' },
} as const;

export type FixtureName = keyof typeof FIXTURES;

/** Replaces the document's body with a fixture and moves the page to its URL; returns that URL. */
export function loadFixture(name: FixtureName): URL {
  const fixture = FIXTURES[name];
  const url = new URL(fixture.path, ORIGIN);
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
