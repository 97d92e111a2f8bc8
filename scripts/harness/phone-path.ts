/**
 * Where a link lies on a page as a phone shows it: the first link in `<main>` whose path (language prefix
 * removed) matches a pattern, its bottom edge in page pixels from the top, and whether a tap was needed
 * to show it (a closed `<details>` around it is opened first, as the reader's tap on its summary would).
 * Shared by the phone-path site test and `npm run bench -- path`.
 */
import type { Page } from 'playwright-core';

/** `/services/<service>/<district>/`: a service x district answer. */
export const ANSWER = '^/services/[^/]+/[^/]+/$';
/** `/districts/<district>/`. */
export const DISTRICT = '^/districts/[^/]+/$';

export interface LinkPlace {
  /** The link's path as written (with its language prefix). */
  href: string;
  /** Bottom edge in CSS pixels from the top of the page. */
  bottom: number;
  /** Taps on a `<summary>` needed to show the link (0 or 1). */
  opened: number;
}

/** The first link whose bare path matches `pattern` (a RegExp source), or null when the page has none. */
export async function firstLink(page: Page, pattern: string): Promise<LinkPlace | null> {
  return page.evaluate((source) => {
    const re = new RegExp(source);
    const bare = (path: string) => path.replace(/^\/ru(?=\/)/, '');
    const link = [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].find((a) =>
      re.test(bare(new URL(a.href).pathname)),
    );
    if (!link) return null;
    const closed = link.closest('details');
    const opened = closed && !closed.open ? 1 : 0;
    if (closed) closed.open = true;
    return { href: new URL(link.href).pathname, bottom: link.getBoundingClientRect().bottom + window.scrollY, opened };
  }, pattern);
}

/** Every link whose bare path matches, with its place (the `<details>` around each opened in turn, alone). */
export async function allLinks(page: Page, pattern: string): Promise<LinkPlace[]> {
  return page.evaluate((source) => {
    const re = new RegExp(source);
    const bare = (path: string) => path.replace(/^\/ru(?=\/)/, '');
    const links = [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].filter((a) =>
      re.test(bare(new URL(a.href).pathname)),
    );
    const all = [...document.querySelectorAll('details')];
    return links.map((link) => {
      for (const d of all) d.open = false;
      const closed = link.closest('details');
      if (closed) closed.open = true;
      const bottom = link.getBoundingClientRect().bottom + window.scrollY;
      return { href: new URL(link.href).pathname, bottom, opened: closed ? 1 : 0 };
    });
  }, pattern);
}
