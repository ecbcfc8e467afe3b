/**
 * Thin in-memory fakes of the browser APIs the platform adapters wrap. They record what was done, so
 * tests assert on the badge, notifications, alarms, tabs and broadcasts through the real adapters.
 */
export class FakeAlarms {
  readonly alarms = new Map<string, { name: string; scheduledTime: number }>();
  async create(name: string | undefined, info: { when?: number }) {
    this.alarms.set(name ?? '', { name: name ?? '', scheduledTime: info.when ?? 0 });
  }
  async get(name?: string) {
    return this.alarms.get(name ?? '');
  }
}

export class FakeAction {
  text = '';
  color = '';
  title = '';
  async setBadgeText(d: { text: string | null }) { this.text = d.text ?? ''; }
  async setBadgeBackgroundColor(d: { color: unknown }) { this.color = String(d.color); }
  async setBadgeTextColor() {}
  async setTitle(d: { title: string | null }) { this.title = d.title ?? ''; }
}

export interface ShownNotification {
  id: string;
  title: string;
  message: string;
  buttons?: Array<{ title: string }>;
}

export class FakeNotifications {
  readonly shown: ShownNotification[] = [];
  readonly cleared: string[] = [];
  /** What chrome.notifications.getPermissionLevel answers. */
  level: 'granted' | 'denied' = 'granted';
  /** Makes create() fail, as a browser refusing notifications does. */
  refuse = false;
  async getPermissionLevel() {
    return this.level;
  }
  async create(id: string | undefined, options: { title: string; message: string; buttons?: Array<{ title: string }> }) {
    if (this.refuse) throw new Error('Notifications are disabled');
    this.shown.push({ id: id ?? '', title: options.title, message: options.message, ...(options.buttons ? { buttons: options.buttons } : {}) });
    return id ?? '';
  }
  async clear(id: string) {
    this.cleared.push(id);
    return true;
  }
}

export class FakeStorageArea {
  constructor(readonly data: Record<string, unknown> = {}, readonly failing = false) {}
  async get(keys?: string | string[] | null | Record<string, unknown>): Promise<Record<string, unknown>> {
    if (this.failing) throw new Error('Managed storage manifest not found');
    const clone = structuredClone(this.data);
    if (keys === null || keys === undefined) return clone;
    const list = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
    return Object.fromEntries(list.filter((k) => k in clone).map((k) => [k, clone[k]]));
  }
  async set(items: Record<string, unknown>) {
    Object.assign(this.data, structuredClone(items));
  }
  async remove(keys: string | string[]) {
    for (const key of typeof keys === 'string' ? [keys] : keys) delete this.data[key];
  }
}

export interface FakeTab {
  id: number;
  windowId: number;
  url: string;
  active?: boolean;
}

/** Tabs with match-pattern queries of the form `<origin>/*`. */
export class FakeTabs {
  readonly tabs: FakeTab[] = [];
  readonly sent: Array<{ tabId: number; message: unknown }> = [];
  private nextId = 100;
  async query(info: { url?: string | string[]; active?: boolean; windowId?: number }) {
    const pattern = Array.isArray(info.url) ? info.url[0] : info.url;
    const prefix = pattern?.endsWith('*') ? pattern.slice(0, -1) : pattern;
    return this.tabs
      .filter((t) => prefix === undefined || t.url.startsWith(prefix))
      .filter((t) => (info.active === undefined || !!t.active === info.active) && (info.windowId === undefined || t.windowId === info.windowId))
      .map((t) => ({ ...t, index: 0, highlighted: false, active: !!t.active, pinned: false, incognito: false }));
  }
  async update(tabId: number | undefined, props: { url?: string; active?: boolean }) {
    const tab = this.tabs.find((t) => t.id === tabId);
    if (tab) Object.assign(tab, props);
    return { ...tab! } as never;
  }
  async create(props: { url?: string }) {
    const tab = { id: this.nextId++, windowId: 1, url: props.url ?? '', active: true };
    this.tabs.push(tab);
    return tab as never;
  }
  async sendMessage(tabId: number, message: unknown) {
    this.sent.push({ tabId, message });
  }
}

export class FakeWindows {
  readonly focused: number[] = [];
  /** The window that has the focus now; null when the user is in another app. */
  current: number | null = null;
  async update(windowId: number) {
    this.focused.push(windowId);
    return {} as never;
  }
  async getLastFocused() {
    return { id: this.current ?? 1, focused: this.current !== null } as never;
  }
}

export class FakeRuntime {
  readonly id = 'scansight-test-id';
  readonly broadcasts: unknown[] = [];
  optionsOpened = 0;
  getURL(path: string) {
    return `chrome-extension://${this.id}/${path.replace(/^\//, '')}`;
  }
  async sendMessage(message: unknown) {
    this.broadcasts.push(message);
    // Like Chrome with no page open: "Receiving end does not exist".
    throw new Error('Could not establish connection. Receiving end does not exist.');
  }
  async openOptionsPage() {
    this.optionsOpened++;
  }
}

/** One fake browser. */
export function createFakeBrowser(options: { managed?: Record<string, unknown> } = {}) {
  return {
    alarms: new FakeAlarms(),
    action: new FakeAction(),
    notifications: new FakeNotifications(),
    local: new FakeStorageArea(),
    session: new FakeStorageArea(),
    managed: new FakeStorageArea(options.managed ?? {}, options.managed === undefined),
    tabs: new FakeTabs(),
    windows: new FakeWindows(),
    runtime: new FakeRuntime(),
  };
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;
