/** A row's three-dot menu (`button.row-menu` + `[role=menu]`); items carry `data-action`. */
import { useEffect, useRef, useState } from 'preact/hooks';

export interface MenuItem {
  action: string;
  label: string;
  onSelect: () => void;
}

/** The ⋮ button and its menu; closes on selection, Escape or a click elsewhere. */
export function RowMenu({ items, label }: { items: MenuItem[]; label: string }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('click', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('click', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);
  return (
    <span class="menu-anchor" ref={root}>
      <button type="button" class="row-menu" aria-haspopup="menu" aria-expanded={open} aria-label={label} onClick={() => setOpen(!open)}>⋮</button>
      {open && (
        <div class="menu" role="menu">
          {items.map((item) => (
            <button type="button" key={item.action} role="menuitem" data-action={item.action} onClick={() => { setOpen(false); item.onSelect(); }}>
              {item.label}
            </button>
          ))}
        </div>
      )}
    </span>
  );
}
