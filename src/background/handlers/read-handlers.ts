/** Handlers that only read: popup list and detail, the overlay's data, the options. */
import { readCacheFacts } from '../../cache/read-cache.ts';
import { popupState } from '../views/popup-state.ts';
import { scanDetail } from '../views/scan-detail.ts';
import { overlayData } from '../views/overlay-data.ts';
import { dashboardOrigin } from '../dashboard-url.ts';
import { credentialsFor } from '../credentials.ts';
import { capabilitiesOf, type Handler } from './handler.ts';

export const popupStateHandler: Handler<'popup/state'> = async (bg, _req, { settings }) => {
  const facts = await readCacheFacts(await bg.cache.db());
  const { configured, capabilities } = await capabilitiesOf(bg, settings);
  return popupState({ facts, configured, syncing: bg.sync.busy, capabilities, now: bg.now() });
};

export const popupDetailHandler: Handler<'popup/detail'> = async (bg, req, { settings }) => {
  const facts = await readCacheFacts(await bg.cache.db());
  const { capabilities } = await capabilitiesOf(bg, settings);
  return scanDetail(facts, req.scanId, capabilities, bg.now());
};

export const overlayDataHandler: Handler<'overlay/data'> = async (bg, req, { settings }) => {
  // The page must be on the dashboard too (the sender check already held the frame to it).
  const origin = dashboardOrigin(settings.dashboardUrl);
  const enabled = settings.overlayEnabled && origin !== null && dashboardOrigin(req.url) === origin;
  const facts = await readCacheFacts(await bg.cache.db());
  const { capabilities } = await capabilitiesOf(bg, settings);
  return overlayData(facts, { enabled, capabilities, now: bg.now() });
};

export const optionsGetHandler: Handler<'options/get'> = async (_bg, _req, { loaded }) => {
  const secrets = loaded.settings.apiUrl ? await credentialsFor(loaded.settings.apiUrl) : null;
  return { settings: loaded.settings, hasToken: secrets !== null, locked: loaded.locked };
};
