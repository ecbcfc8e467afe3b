/**
 * Which row opened a dialog that carries no id of its own. Prowler App's "Scan Error Details" dialog
 * is portalled to the end of `<body>` and names no scan: the user opened it from one row's actions
 * menu. This remembers the row (and the id it showed then) when its menu trigger is used, and the
 * menu item chosen after, so the dialog can be tied back to its scan.
 */

export interface MenuOrigin {
  /** Starts listening on `doc`; returns the teardown. */
  attach(doc: Document): () => void;
  /** The id the row showed when its menu opened, if the item chosen since matches `item`; else null. */
  idFor(item: RegExp): string | null;
}

/** A tracker for menu triggers (`[aria-haspopup=menu]`) inside rows matching `rowSelector`, ids read by `readId`. */
export function createMenuOrigin(rowSelector: string, readId: (row: Element) => string | null): MenuOrigin {
  let id: string | null = null;
  let chosen: string | null = null;

  function onInteract(event: Event): void {
    if (event instanceof KeyboardEvent && !['Enter', ' ', 'ArrowDown'].includes(event.key)) return;
    const target = event.target instanceof Element ? event.target : null;
    const item = target?.closest('[role="menuitem"]');
    if (item) {
      if (event.type === 'click' || event instanceof KeyboardEvent) chosen = item.textContent?.trim().slice(0, 200) ?? '';
      return;
    }
    const trigger = target?.closest('[aria-haspopup="menu"]');
    const row = trigger?.closest(rowSelector);
    if (!row) return;
    id = readId(row);
    chosen = null; // a new menu: what was chosen in the last one no longer counts
  }

  const events = ['pointerdown', 'click', 'keydown'] as const;
  return {
    attach(doc) {
      for (const type of events) doc.addEventListener(type, onInteract, { capture: true, passive: true });
      return () => {
        for (const type of events) doc.removeEventListener(type, onInteract, { capture: true });
        id = null;
        chosen = null;
      };
    },
    idFor(item) {
      return id !== null && chosen !== null && item.test(chosen) ? id : null;
    },
  };
}
