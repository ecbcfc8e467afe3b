/**
 * The overlay's one MutationObserver. Features register watchers (a selector and a read step that
 * returns a write step); the hub looks only inside added subtrees and changed elements, never hands
 * a watcher the same element twice, runs every read of a chunk before any write, and disconnects
 * while writing so its own writes are not observed.
 * A pass starts in the microtask after the page's mutations, so its writes land before the page's
 * next style and layout (one layout for the page's rows and our marks, no flash of unannotated rows);
 * passes in quick succession (a page re-rendering in reaction to us) wait for an animation frame.
 * Work is chunked under a time budget; what the microtask chunk leaves continues in the next animation
 * frame (before style and layout), then in later tasks.
 */
import { ADDED_ATTR, clearAnnotations, sweepOrphanRows, type FeatureName } from '../dom/annotation.ts';
import { collectCandidates, type Watcher } from './collect-candidates.ts';
import { createLoopGuard } from './loop-guard.ts';

/** Read step: inspect `element` (no writes) and return the write to apply, if any. */
export type ReadStep = (element: Element) => (() => void) | null | undefined | void;

export interface ObserverHub {
  /**
   * Calls `read` for every current and future element matching `selector`, until `signal` aborts.
   * With `rereadOnInnerAdd`, nodes added inside an element already read reset and re-read that element
   * (for a watcher on a container that annotates its rows: a re-rendered row re-reads its container).
   */
  watch(feature: FeatureName, selector: string, read: ReadStep, signal: AbortSignal, options?: { rereadOnInnerAdd?: boolean }): void;
  /** Called at the start of each pass (before any read); used to notice SPA navigation. */
  onPass(listener: () => void): void;
  /** Stops observing for good. */
  disconnect(): void;
}

export interface HubOptions {
  watchedAttributes: string[];
  /**
   * Also treat text and child changes as a change of the element holding them: for pages that
   * re-render a row in place with another item's text (React lists keyed by index), so the row's
   * watchers read it again. Off for pages whose rows carry their ids in watched attributes.
   */
  observeText?: boolean;
  /** Milliseconds of work per chunk before yielding to the page. */
  budgetMs?: number;
  /**
   * Milliseconds for a pass's first chunk when it runs in the microtask after the page's mutations:
   * what it finishes lands before the page's style and layout; what it leaves costs a second layout.
   */
  firstChunkBudgetMs?: number;
  /** A pass starting sooner than this after the previous one waits for an animation frame. */
  burstGapMs?: number;
  /** Writes per chunk at most (writes cost more than reads). */
  maxWritesPerChunk?: number;
}

/** Starts observing `doc`; the returned hub is idle until something is watched. */
export function createObserverHub(doc: Document, options: HubOptions): ObserverHub {
  const budgetMs = options.budgetMs ?? 12;
  const firstChunkBudgetMs = options.firstChunkBudgetMs ?? 40;
  const maxWrites = options.maxWritesPerChunk ?? 1000;
  const burstGapMs = options.burstGapMs ?? 50;
  const watchers = new Set<Watcher>();
  const added = new Set<Element>();
  const changed = new Set<Element>();
  const fullScan = new Set<Watcher>();
  const passListeners: Array<() => void> = [];
  const guard = createLoopGuard();
  let queue: Array<[Watcher, Element]> = [];
  let frame: number | null = null;
  let microtaskQueued = false;
  let lastPassEnd = -Infinity;
  let busy = false;
  let stopped = false;
  let wrotePass = false;

  const observeText = options.observeText ?? false;
  const observer = new MutationObserver(takeRecords);
  const observe = () =>
    observer.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: options.watchedAttributes, characterData: observeText });

  function takeRecords(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.target instanceof Element) changed.add(record.target);
        continue;
      }
      if (record.type === 'characterData') {
        const holder = record.target.parentElement;
        if (holder) changed.add(holder);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node instanceof Element && !node.hasAttribute(ADDED_ATTR)) added.add(node); // ours: skip
      }
      // In-place re-renders: a row whose children changed holds another item now (or lost one).
      if (observeText && record.target instanceof Element && !isOurs(record)) changed.add(record.target);
    }
    if (added.size || changed.size) schedule();
  }

  /** True when a child-list change only added or removed ScanSight's own nodes. */
  function isOurs(record: MutationRecord): boolean {
    const nodes = [...record.addedNodes, ...record.removedNodes];
    return nodes.length > 0 && nodes.every((node) => node instanceof Element && node.hasAttribute(ADDED_ATTR));
  }

  function schedule(): void {
    if (frame !== null || microtaskQueued || busy || stopped) return;
    if (performance.now() - lastPassEnd >= burstGapMs) {
      microtaskQueued = true;
      queueMicrotask(() => {
        microtaskQueued = false;
        startPass(true);
      });
      return;
    }
    frame = requestAnimationFrame(() => {
      frame = null;
      startPass();
    });
  }

  function startPass(inMicrotask = false): void {
    if (stopped) return;
    for (const listener of passListeners) listener();
    const pause = guard.pauseLeft();
    if (pause > 0) {
      setTimeout(schedule, pause); // a loop: resume once the guard releases
      return;
    }
    wrotePass = false;
    // Rows ScanSight inserted after a page row the page has since removed or moved go first.
    if (doc.querySelector(`tr[${ADDED_ATTR}]`)) writeDisconnected(() => sweepOrphanRows(doc));
    queue = queue.concat(collectCandidates(doc, watchers, { added, changed, fullScan }, resetElement));
    added.clear();
    changed.clear();
    fullScan.clear();
    busy = true;
    runChunk(inMicrotask);
  }

  function resetElement(watcher: Watcher, element: Element): void {
    watcher.done.delete(element);
    writeDisconnected(() => clearAnnotations(element, watcher.feature));
  }

  function writeDisconnected(write: () => void): void {
    takeRecords(observer.takeRecords());
    observer.disconnect();
    try {
      write();
    } finally {
      if (!stopped) observe();
    }
  }

  function runChunk(inMicrotask = false): void {
    if (stopped) return;
    const chunkBudgetMs = inMicrotask ? firstChunkBudgetMs : budgetMs;
    const start = performance.now();
    const writes: Array<() => void> = [];
    let index = 0;
    // Read phase: no DOM writes until the chunk's reads are done.
    while (index < queue.length && writes.length < maxWrites) {
      const [watcher, element] = queue[index++]!;
      if (!watchers.has(watcher) || watcher.done.has(element) || !element.isConnected) continue;
      watcher.done.add(element);
      const write = watcher.read(element);
      if (write) writes.push(write);
      if (index % 64 === 0 && performance.now() - start > chunkBudgetMs) break;
    }
    queue = queue.slice(index);
    if (writes.length) writeDisconnected(() => writes.forEach((write) => write()));
    wrotePass ||= writes.length > 0;
    if (queue.length) {
      if (inMicrotask) {
        // Left over from the microtask chunk: the next animation frame still runs before the page's
        // style and layout, so finishing there spares the page a second layout.
        frame = requestAnimationFrame(() => {
          frame = null;
          runChunk();
        });
      } else setTimeout(() => runChunk(), 0); // yield to the page between chunks
      return;
    }
    busy = false;
    lastPassEnd = performance.now();
    guard.record(wrotePass);
    performance.mark('scansight:annotated');
    if (added.size || changed.size || fullScan.size) schedule();
  }

  observe();
  return {
    watch(feature, selector, read, signal, { rereadOnInnerAdd = false } = {}) {
      if (signal.aborted) return;
      const watcher: Watcher = { feature, selector, read, rereadOnInnerAdd, done: new WeakSet() };
      watchers.add(watcher);
      fullScan.add(watcher);
      signal.addEventListener('abort', () => {
        watchers.delete(watcher);
        fullScan.delete(watcher);
      }, { once: true });
      schedule();
    },
    onPass(listener) {
      passListeners.push(listener);
    },
    disconnect() {
      stopped = true;
      observer.disconnect();
      if (frame !== null) cancelAnimationFrame(frame);
      watchers.clear();
      queue = [];
    },
  };
}
