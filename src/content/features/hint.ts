/**
 * The remediation card: under a project row whose latest scan failed (Projects page), under each
 * failed scan row (Scans page, in a row of its own), and beside the error log panel (History tab or
 * Scans page → row menu → error details), with links to the fix.
 */
import type { OverlayScan } from '../../messages.ts';
import { clearAnnotations, createAnnotation, insertRowAfter } from '../dom/annotation.ts';
import { escalationBlock } from '../dom/escalation-block.ts';
import { remediationCard, type CardLinks } from '../dom/remediation-card.ts';
import type { Feature, FeatureContext } from '../context.ts';
import { columnCount } from '../profile/column-cell.ts';
import { t } from '../../platform/i18n.ts';

/** Brings `control` into view with focus (never clicks it); false when there is none. */
function focusControl(control: HTMLElement | null | undefined): boolean {
  if (!control) return false;
  control.scrollIntoView({ block: 'center' });
  control.focus();
  return true;
}

/**
 * Finds the dashboard's Re-run button for `scanId` (or, on dashboards without one per row, its own
 * launch-a-scan control) and brings it into focus; null when the dashboard has neither.
 */
function focuser(ctx: FeatureContext, scanId: string): (() => boolean) | null {
  const { selectors, read } = ctx.profile;
  const rerun = selectors.rerunButton;
  if (!rerun) return read.launchControl ? () => focusControl(read.launchControl?.(document)) : null;
  return () => {
    const rows = document.querySelectorAll(`${selectors.projectRow}, ${selectors.historyRow}`);
    const row = [...rows].find((r) => read.scanId(r) === scanId);
    return focusControl(row?.querySelector<HTMLElement>(rerun));
  };
}

function links(ctx: FeatureContext, scan: OverlayScan, onHistory: boolean): CardLinks {
  const origin = ctx.url.origin;
  return {
    integrations: ctx.profile.urls.integration(origin, { integrationId: scan.integrationId, accountUid: scan.accountUid }),
    ...(ctx.profile.urls.integrationPage ? { integrationsLabel: t('overlay_actionProvider', ctx.profile.urls.integrationPage) } : {}),
    history: onHistory ? null : ctx.profile.urls.history(origin, scan.projectId),
    focusRerun: focuser(ctx, scan.scanId),
  };
}

/** The card for `scan`, with the project's contact-support advice when `scan` is its latest run and escalation is due. */
function card(ctx: FeatureContext, scan: OverlayScan, onHistory: boolean): HTMLElement {
  const content = remediationCard(scan, links(ctx, scan, onHistory));
  const project = ctx.data.project(scan.projectId);
  if (project?.latestScanId === scan.scanId) content.append(...escalationBlock(project, scan.supportBundle));
  return content;
}

export const hint: Feature = {
  name: 'hint',
  pages: ['projects', 'history', 'scans'],
  init(signal, ctx) {
    const { hub, profile, data, page } = ctx;
    hub.watch('hint', profile.selectors.projectRow, (row) => {
      const projectId = profile.read.projectId(row);
      const project = projectId ? data.project(projectId) : undefined;
      const scan = project?.latestScanId ? data.scan(project.latestScanId) : undefined;
      if (!projectId || !scan?.remediation.length) return;
      const header = row.querySelector(profile.selectors.projectHeader);
      return () => {
        const { host, root } = createAnnotation('hint', 'block');
        root.append(remediationCard(scan, links(ctx, scan, false)));
        if (header) header.after(host);
        else row.append(host);
      };
    }, signal);
    if (page === 'scans') {
      // The Scans page lists every project's runs: its own rows already are the history.
      const filtered = profile.urls.projectId(ctx.url) !== null;
      hub.watch('hint', profile.selectors.historyRow, (row) => {
        const scanId = profile.read.scanId(row);
        const scan = scanId ? data.scan(scanId) : undefined;
        if (!scan?.remediation.length || row.tagName !== 'TR') return;
        const columns = columnCount(row);
        return () => {
          const { host, root } = createAnnotation('hint', 'block');
          root.append(card(ctx, scan, filtered));
          insertRowAfter(row, host, 'hint', columns);
        };
      }, signal);
    }
    hub.watch('hint', profile.selectors.errorPanel, (panel) => {
      const scanId = profile.read.scanId(panel);
      const scan = scanId ? data.scan(scanId) : undefined;
      if (!scan?.remediation.length) return;
      return () => {
        const { host, root } = createAnnotation('hint', 'block');
        root.append(card(ctx, scan, true));
        panel.append(host);
      };
    }, signal);
    signal.addEventListener('abort', () => clearAnnotations(document, 'hint'), { once: true });
  },
};
