/**
 * The one typed protocol between contexts (popup, options, content script → background, and the
 * background's broadcasts). Each message name maps to its request and response; the background
 * validates every request (see background/handle-message.ts) and checks the sender:
 * content scripts may only send `overlay/*` messages, and only from a configured dashboard origin.
 * Responses never carry the token.
 */
import type {
  Classification,
  ConnectionState,
  ErrorLog,
  Escalation,
  Integration,
  Job,
  MessageRef,
  RemediationStep,
  Scan,
  ScanStatus,
  SourceCapabilities,
} from './core/index.ts';

/** Kinds of transitions a user can choose to be notified of. */
export interface NotificationRules {
  broken: boolean;
  stillFailing: boolean;
  fixed: boolean;
  completed: boolean;
  /** Local "HH:MM" times; notifications are held back between them. null = no quiet hours. */
  quietHours: { start: string; end: string } | null;
}

export type SourceType = 'scansight' | 'prowler';

/** Settings, never including the token. */
export interface Settings {
  sourceType: SourceType;
  apiUrl: string;
  dashboardUrl: string;
  /** Idle poll period in minutes (fast polling while scans run is fixed at 30 s). */
  pollIdleMinutes: number;
  notifications: NotificationRules;
  retention: { runsPerProject: number; errorLogDays: number };
  overlayEnabled: boolean;
  /** Prowler App auth mode; ignored for the ScanSight source. */
  prowlerAuth: 'api-key' | 'password';
  prowlerEmail: string;
}

/** Secrets entered on the options page; stored by the background only, never echoed back. */
export interface Credentials {
  /** ScanSight bearer token, or Prowler API key. */
  token?: string;
  /** Prowler password (exchanged for a JWT). */
  password?: string;
}

export type { ListFilter, PopupView, ScanRow } from './core/scan-row.ts';
import type { ListFilter, PopupView, ScanRow } from './core/scan-row.ts';

/** The totals of a view that the first screen needs while the popup holds only its first rows. */
export interface FirstScreen {
  view: PopupView;
  /** Rows of the view (scope, filter and search applied): the list's length; `rows` holds its first ones. */
  matched: number;
  /** Rows per status in the view's scope (the header's counts). */
  counts: Record<ScanStatus, number>;
  /** Rows each filter would show in the view's scope, before search. */
  filters: Record<ListFilter, number>;
  /** Cached scans, every run. */
  scans: number;
}

export interface PopupState {
  configured: boolean;
  connection: ConnectionState;
  lastSuccessAt: string | null;
  lastError: { code: string; message: string; at: string } | null;
  /** Epoch ms of the next scheduled sync while the API cannot be reached or refuses (the backoff's retry), else null. */
  retryAt: number | null;
  syncing: boolean;
  capabilities: SourceCapabilities;
  /**
   * Every cached scan's row, latest runs first, worst first; or, with `firstScreen`, only the first
   * rows of its view in the order the list shows them.
   */
  rows: ScanRow[];
  /** Present when `rows` is a view's first screen (`popup/screen`, or the stored view: popup-view.ts). */
  firstScreen?: FirstScreen;
}

export interface ClassifiedError extends ErrorLog {
  classification: Classification;
}

export interface ScanDetail {
  row: ScanRow;
  scan: Scan;
  /** Latest attempt of each job, failed first. */
  jobs: Job[];
  errors: ClassifiedError[];
  /** One remediation per distinct failure kind in this scan (or submission_error). */
  /** `label` in English; `labelMessage` for the UIs to show in the browser's language. */
  remediation: Array<{ kind: Classification['kind'] | 'submission_error'; label: string; labelMessage: MessageRef; steps: RemediationStep[] }>;
  escalation: Escalation;
  /** Redacted text ready to paste into a support request. */
  supportBundle: string;
  integration: Integration | null;
}

/** What the overlay may know: only what it annotates on the dashboard. */
export interface OverlayProject {
  projectId: string;
  latestScanId: string | null;
  status: ScanStatus | null;
  label: string;
  jobCount: number;
  failed: number;
  running: number;
  succeeded: number;
  failureStreak: number;
  escalation: Escalation;
}

export interface OverlayJob {
  jobId: string;
  scanId: string;
  status: string;
  failed: boolean;
  classification: Classification | null;
  kindLabel: string | null;
}

export interface OverlayScan {
  scanId: string;
  projectId: string;
  /** The integration (Prowler: provider) the scan ran with, and the account id its UI shows, for links to it. */
  integrationId: string | null;
  accountUid: string | null;
  status: ScanStatus;
  label: string;
  jobs: OverlayJob[];
  remediation: ScanDetail['remediation'];
  supportBundle: string | null;
}

export interface OverlayData {
  enabled: boolean;
  /** Whose dashboard the page is (the configured source): the content script picks its profile by it. */
  dashboard: SourceType;
  projects: OverlayProject[];
  scans: OverlayScan[];
  /** Integrations whose scans last failed authentication. */
  rejectedIntegrations: Array<{ integrationId: string; name: string; accountUid: string | null }>;
}

export type ActionResult = { ok: true } | { ok: false; error: string };

/** One transition the notifier handled (a ledger entry), with the names the cache knows. */
export interface RecentNotification {
  at: string;
  /** 'broken', 'still_failing', 'fixed' or 'completed'. */
  kind: string;
  /** 'shown', or why not: 'muted', 'snoozed', 'acknowledged', 'in_front', 'quiet_hours', 'rule_off'. */
  outcome: string;
  scanId: string;
  scanName: string | null;
  projectName: string | null;
}

/** Whether the browser lets ScanSight show desktop notifications. */
export type NotificationPermission = 'granted' | 'denied' | 'unknown';

/** Message name → request and response. */
export interface Protocol {
  /**
   * The popup's state. With a `view`, `rows` is that view's first `limit` rows (default 40) plus
   * `firstScreen` totals, answered first so the list paints early; without, every row.
   */
  /** The first `limit` rows of one view, with its totals: what the popup paints when its stored view does not serve. */
  'popup/screen': { req: { view: PopupView; limit?: number }; res: PopupState };
  /** Every cached scan's row, latest runs first, worst first. */
  'popup/rows': { req: Record<string, never>; res: PopupState };
  'popup/detail': { req: { scanId: string }; res: ScanDetail | null };
  'sync/now': { req: Record<string, never>; res: ActionResult };
  'scan/rerun': { req: { scanId: string }; res: ActionResult };
  'scan/stop': { req: { scanId: string }; res: ActionResult };
  'scan/acknowledge': { req: { scanId: string; acknowledged: boolean }; res: ActionResult };
  'project/mute': { req: { projectId: string; muted: boolean }; res: ActionResult };
  'project/snooze': { req: { projectId: string; until: string | null }; res: ActionResult };
  'open/dashboard': { req: { scanId?: string; projectId?: string; page?: 'projects' | 'history' | 'errors' }; res: ActionResult };
  'open/integrations': { req: Record<string, never>; res: ActionResult };
  'open/options': { req: Record<string, never>; res: ActionResult };
  'options/get': {
    req: Record<string, never>;
    /** hasToken: some secret is stored for the API origin; hasPassword: a Prowler password is (never the secrets). */
    /** invalid: stored values that failed validation on load and fell back to their defaults. */
    res: { settings: Settings; hasToken: boolean; hasPassword: boolean; locked: Array<keyof Settings>; invalid?: Array<keyof Settings> };
  };
  'options/save': { req: { settings: Settings; credentials?: Credentials }; res: ActionResult };
  'options/test': {
    req: { settings: Settings; credentials?: Credentials };
    res: { ok: true; projects: number; scans: number; integrations: number } | { ok: false; error: string; status?: number };
  };
  'cache/clear': { req: Record<string, never>; res: ActionResult };
  /**
   * Shows a test notification, for "I get no notifications": `permission` is the browser's answer for
   * ScanSight ('unknown' where the browser cannot say, e.g. Firefox); `shown` whether it took the notification.
   */
  'notifications/test': { req: Record<string, never>; res: { ok: true; permission: NotificationPermission; shown: boolean } };
  /** The newest transitions the notifier handled, newest first, and whether each was shown or why not. */
  'notifications/recent': { req: Record<string, never>; res: RecentNotification[] };
  /** The only messages a content script may send. */
  'overlay/data': { req: { url: string }; res: OverlayData };
}

export type MessageName = keyof Protocol;
export type Request<K extends MessageName> = Protocol[K]['req'];
export type Response<K extends MessageName> = Protocol[K]['res'];

/** The envelope on the wire. */
export interface Envelope<K extends MessageName = MessageName> {
  type: K;
  payload: Request<K>;
}

/** Messages a content script is allowed to send. Everything else from a content script is refused. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageName> = new Set<MessageName>(['overlay/data']);

/** Background → other contexts: something they show changed; re-read. */
export interface Broadcast {
  type: 'changed';
  /** What changed, so a listener can skip irrelevant updates. */
  scope: 'scans' | 'settings' | 'overlay';
}
