/**
 * A tiny DOM builder for injected UI. Text goes in through textContent only: API strings are never
 * parsed as HTML.
 */
type Child = Node | string | null | undefined | false;

export interface ElementProps {
  className?: string;
  title?: string;
  role?: string;
  href?: string;
  type?: string;
  ariaLabel?: string;
  onClick?: (event: Event) => void;
}

/** Creates `<tag>` with the given props and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: ElementProps = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.title) element.title = props.title;
  if (props.role) element.setAttribute('role', props.role);
  if (props.href) element.setAttribute('href', props.href);
  if (props.type) element.setAttribute('type', props.type);
  if (props.ariaLabel) element.setAttribute('aria-label', props.ariaLabel);
  if (props.onClick) element.addEventListener('click', props.onClick);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}
