/**
 * Start tags and their attributes, read with regexes from Astro's own output (double-quoted attributes,
 * no `>` inside attribute values of the tags we read). Enough for invariants over 5,700 pages in a second;
 * the full parser runs in html-validate.
 */
export type Attributes = Record<string, string>;

const attribute = /([\w:-]+)(?:="([^"]*)")?/g;

/** Every start tag `<name …>` in document order, with its attributes (a bare attribute reads as ''). */
export function startTags(html: string, name: string): Attributes[] {
  const tag = new RegExp(`<${name}(?=[\\s>/])([^>]*)>`, 'gi');
  return [...html.matchAll(tag)].map((m) => {
    const attrs: Attributes = {};
    for (const a of (m[1] ?? '').matchAll(attribute)) attrs[(a[1] ?? '').toLowerCase()] = a[2] ?? '';
    return attrs;
  });
}

/** Index of the first start tag `<name` that has the attribute, or -1. */
export function tagIndex(html: string, name: string, attr: string): number {
  return html.search(new RegExp(`<${name}\\b[^>]*\\s${attr}(?=[\\s=>])`, 'i'));
}
