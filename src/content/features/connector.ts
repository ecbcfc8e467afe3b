/** Integrations → Connected Providers: connectors whose scans last failed authentication are flagged. */
import { t } from '../../platform/i18n.ts';
import { addFeatureStyle, clearAnnotations, createAnnotation, markElement } from '../dom/annotation.ts';
import { el } from '../dom/el.ts';
import type { Feature } from '../context.ts';

const HIGHLIGHT_CSS = `
tr[data-scansight="connector"] > td { background-color: rgba(207, 34, 46, 0.08) !important; }
tr[data-scansight="connector"] > td:first-child { box-shadow: inset 3px 0 0 #cf222e; }
`;

export const connector: Feature = {
  name: 'connector',
  pages: ['integrations'],
  init(signal, { hub, profile, data }) {
    addFeatureStyle('connector', HIGHLIGHT_CSS);
    hub.watch('connector', profile.selectors.providerRow, (row) => {
      // By id where the row carries one, else by the cloud account id it shows (Prowler's "UID:").
      const id = profile.read.integrationId(row);
      const uid = id ? null : profile.read.accountUid(row);
      if (!(id ? data.rejectedIntegration(id) : uid ? data.rejectedAccount(uid) : undefined)) return;
      const cell = row.firstElementChild;
      return () => {
        markElement(row, 'connector');
        const { host, root } = createAnnotation('connector');
        root.append(el('span', { className: 'chip bad', title: t('overlay_connectorTooltip') }, t('overlay_connectorRejected')));
        (cell ?? row).append(host);
      };
    }, signal);
    signal.addEventListener('abort', () => clearAnnotations(document, 'connector'), { once: true });
  },
};
