/**
 * Reduces a rendered page to what a dashboard profile reads: the DOM with its classes, attributes
 * and text, without scripts, styles, stylesheet links and the drawings inside inline SVGs (the
 * `<svg>` element itself stays, with its attributes, since icons can carry meaning in class names).
 */
import type { Page } from 'playwright-core';

// A string, not a function: tsx's transpiled helpers (`__name`) do not exist inside the page.
const REDUCE = `(() => {
  const root = document.documentElement.cloneNode(true);
  for (const node of root.querySelectorAll('script, style, link, noscript, iframe, template, meta')) node.remove();
  for (const svg of root.querySelectorAll('svg')) svg.replaceChildren();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.remove();
  return root.outerHTML;
})()`;

/** The page's reduced markup. */
export async function reducedDom(page: Page): Promise<string> {
  return (await page.evaluate(REDUCE)) as string;
}

/** The file text of a fixture: a header naming its origin, then the reduced markup. */
export function fixtureText(header: { snapshot: string; url: string; state: string; capturedAt: string }, html: string): string {
  const safe = (s: string) => s.replace(/--/g, '- -');
  return [
    '<!--',
    `  Rendered DOM of Prowler App's own web UI, captured with headless Chromium by npm run prowler-ui:capture`,
    `  (scripts/prowler-ui/capture-fixtures.ts), reduced: scripts, styles, links, comments and inline SVG drawings removed.`,
    `  Prowler snapshot: ${safe(header.snapshot)}`,
    `  Page: ${safe(header.url)}`,
    `  State: ${safe(header.state)}`,
    `  Captured: ${header.capturedAt}, against the reference server's --flavor prowler (scripts/prowler-ui/prowler-world.ts).`,
    '-->',
    '<!doctype html>',
    html,
    '',
  ].join('\n');
}
