/** Finds the elements a pass must look at: inside added subtrees and around changed elements only. */
import type { FeatureName } from '../dom/annotation.ts';
import type { ReadStep } from './observer-hub.ts';

export interface Watcher {
  feature: FeatureName;
  selector: string;
  read: ReadStep;
  /** Nodes added inside an element already read make it read again (see ObserverHub.watch). */
  rereadOnInnerAdd: boolean;
  /** Elements already handed to `read` (never re-processed while they stay the same node). */
  done: WeakSet<Element>;
}

export interface PendingWork {
  added: ReadonlySet<Element>;
  changed: ReadonlySet<Element>;
  /** Watchers new since the last pass: they look at the whole document once. */
  fullScan: ReadonlySet<Watcher>;
}

/** Past this many added roots one document-wide query per watcher is cheaper than one per root. */
const MANY_ROOTS = 200;

/**
 * The (watcher, element) pairs to read. Elements whose watched attributes changed are reset first
 * (`reset` clears their annotations) so they are read again with their new ids.
 */
export function collectCandidates(
  doc: Document,
  watchers: ReadonlySet<Watcher>,
  pending: PendingWork,
  reset: (watcher: Watcher, element: Element) => void,
): Array<[Watcher, Element]> {
  const out: Array<[Watcher, Element]> = [];
  const roots = [...pending.added].filter((root) => root.isConnected && !hasAddedAncestor(root, pending.added));
  for (const watcher of watchers) {
    if (watcher.rereadOnInnerAdd) {
      for (const owner of doneOwners(watcher, roots)) {
        reset(watcher, owner);
        out.push([watcher, owner]);
      }
    }
    if (pending.fullScan.has(watcher) || roots.length > MANY_ROOTS) {
      for (const element of doc.querySelectorAll(watcher.selector)) out.push([watcher, element]);
      continue;
    }
    for (const element of pending.changed) {
      const owner = element.isConnected ? element.closest(watcher.selector) : null;
      if (owner && watcher.done.has(owner)) {
        reset(watcher, owner);
        out.push([watcher, owner]);
      }
    }
    for (const root of roots) {
      if (root.matches(watcher.selector)) out.push([watcher, root]);
      for (const element of root.querySelectorAll(watcher.selector)) out.push([watcher, element]);
    }
  }
  return out;
}

/** The elements already read by `watcher` that hold one of `roots` (each once). */
function doneOwners(watcher: Watcher, roots: readonly Element[]): Set<Element> {
  const owners = new Set<Element>();
  for (const root of roots) {
    const owner = root.parentElement?.closest(watcher.selector);
    if (owner && watcher.done.has(owner)) owners.add(owner);
  }
  return owners;
}

/** True when an ancestor of `node` was added too (its subtree is searched already). */
function hasAddedAncestor(node: Element, added: ReadonlySet<Element>): boolean {
  for (let parent = node.parentElement; parent; parent = parent.parentElement) {
    if (added.has(parent)) return true;
  }
  return false;
}
