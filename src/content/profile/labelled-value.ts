/**
 * Ids a dashboard shows as text beside a short label ("ID: 5f1c…", "UID: 123456789012"), as Prowler
 * App's tables do: rows carry no id attribute and no link, but the full id is in the chip's text
 * (CSS truncates it on screen). Labels are matched loosely (case, spacing, colon); values strictly.
 */

/** Longest id accepted: Prowler's ids are UUIDs, cloud account ids (ARNs aside) far shorter. */
const MAX_ID = 256;

/** A token that can be an id: no whitespace, printable, bounded. */
function asId(text: string | null | undefined): string | null {
  const value = text?.trim() ?? '';
  const printable = [...value].every((ch) => ch.charCodeAt(0) > 0x20 && ch.charCodeAt(0) !== 0x7f);
  return value.length > 0 && value.length <= MAX_ID && printable && !/\s/.test(value) ? value : null;
}

/** The text of the first element after `label` in document order inside its parent: the value chip. */
function valueAfter(label: Element): string | null {
  for (let next = label.nextElementSibling; next; next = next.nextElementSibling) {
    // The chip holds the id in a span and a copy button: read the first element with text.
    const holder = [next, ...next.querySelectorAll('*')].find((e) => e.children.length === 0 && e.textContent?.trim());
    if (holder) return asId(holder.textContent);
  }
  return null;
}

/**
 * The value labelled `label` inside `root`: the first leaf element whose whole text matches `label`,
 * then the text of the element after it. Null when there is no such label or no id-like value.
 */
export function labelledValue(root: Element, label: RegExp): string | null {
  for (const element of root.querySelectorAll('span, label, dt, th, div, b, strong')) {
    if (element.children.length > 0) continue;
    const text = element.textContent?.trim() ?? '';
    if (text.length > 24 || !label.test(text)) continue;
    const value = valueAfter(element);
    if (value) return value;
  }
  return null;
}

/** A scan id in a link of `root` (`?filter[scan__in]=…`, `?filter[scan]=…` or `/scans/{id}`), for rows that link to the scan. */
export function scanIdFromLinks(root: Element, base: string): string | null {
  for (const link of root.querySelectorAll('a[href]')) {
    let url: URL;
    try {
      url = new URL(link.getAttribute('href') ?? '', base);
    } catch {
      continue;
    }
    const query = url.searchParams.get('filter[scan__in]') ?? url.searchParams.get('filter[scan]');
    const fromQuery = query && !query.includes(',') ? asId(query) : null;
    if (fromQuery) return fromQuery;
    const fromPath = /\/scans\/([^/?#]+)/.exec(url.pathname)?.[1];
    if (fromPath) return asId(decodeURIComponent(fromPath));
  }
  return null;
}
