/**
 * The one gate for links built from data: only `http:`, `https:`, `mailto:` and `tel:` targets, or a path
 * on this site. A website written in an act as `javascript:alert(1)` or `www.x.kz/"><svg onload=…>` must
 * never become a link, whatever the schema lets through (issue 11).
 */
const allowedSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The href if it is safe to put in a link, else null (show the value as text instead). */
export function safeHref(href: string): string | null {
  const trimmed = href.trim();
  // A site path (`/offices/x/`, `#line-3`) but never `//host`, which leaves the site.
  if (/^(\/(?!\/)|#)/.test(trimmed)) return /[\s<>"'`\\]/.test(trimmed) ? null : trimmed;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (!allowedSchemes.has(url.protocol)) return null;
  // Quotes, angle brackets and whitespace have no place in the addresses the acts give.
  if (/[\s<>"'`\\]/.test(trimmed)) return null;
  return trimmed;
}

/** `mailto:` for an e-mail address, or null when the value is no plain address. */
export function mailtoHref(email: string): string | null {
  return /^[^\s@<>"'`()[\]\\,;:]+@[^\s@<>"'`()[\]\\,;:]+\.[^\s@<>"'`()[\]\\,;:]+$/u.test(email)
    ? safeHref(`mailto:${email}`)
    : null;
}
