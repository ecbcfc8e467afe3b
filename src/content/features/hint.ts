/**
 * The remediation card: under a project row whose latest scan failed (Projects page) and beside the
 * error log panel (History tab → three-dot menu → Error), with links to the fix.
 */
import { clearAnnotations, createAnnotation } from '../dom/annotation.ts';
import { remediationCard, type CardLinks } from '../dom/remediation-card.ts';
import type { Feature, FeatureContext } from '../context.ts';

/** Finds the dashboard's Re-run button for `scanId` and brings it into view with focus. */
function focuser(ctx: FeatureContext, scanId: string): () => boolean {
  return () => {
    const { selectors, read } = ctx.profile;
    const rows = document.querySelectorAll(`${selectors.projectRow}, ${selectors.historyRow}`);
    const row = [...rows].find((r) => read.scanId(r) === scanId);
    const button = row?.querySelector<HTMLElement>(selectors.rerunButton);
    if (!button) return false;
    button.scrollIntoView({ block: 'center' });
    button.focus();
    return true;
  };
}

function links(ctx: FeatureContext, projectId: string, scanId: string, onHistory: boolean): CardLinks {
  const origin = ctx.url.origin;
  return {
    integrations: ctx.profile.urls.integrations(origin),
    history: onHistory ? null : ctx.profile.urls.history(origin, projectId),
    focusRerun: focuser(ctx, scanId),
  };
}

export const hint: Feature = {
  name: 'hint',
  pages: ['projects', 'history'],
  init(signal, ctx) {
    const { hub, profile, data } = ctx;
    hub.watch('hint', profile.selectors.projectRow, (row) => {
      const projectId = profile.read.projectId(row);
      const project = projectId ? data.project(projectId) : undefined;
      const scan = project?.latestScanId ? data.scan(project.latestScanId) : undefined;
      if (!projectId || !scan?.remediation.length) return;
      const header = row.querySelector(profile.selectors.projectHeader);
      return () => {
        const { host, root } = createAnnotation('hint', 'block');
        root.append(remediationCard(scan, links(ctx, projectId, scan.scanId, false)));
        if (header) header.after(host);
        else row.append(host);
      };
    }, signal);
    hub.watch('hint', profile.selectors.errorPanel, (panel) => {
      const scanId = profile.read.scanId(panel);
      const scan = scanId ? data.scan(scanId) : undefined;
      if (!scan?.remediation.length) return;
      return () => {
        const { host, root } = createAnnotation('hint', 'block');
        root.append(remediationCard(scan, links(ctx, scan.projectId, scan.scanId, true)));
        panel.append(host);
      };
    }, signal);
    signal.addEventListener('abort', () => clearAnnotations(document, 'hint'), { once: true });
  },
};
