/**
 * Page links by language: the twin of a page in the other language (`/x/` <-> `/ru/x/`), the language switch,
 * the hreflang alternates, and the internal links that must stay in the page's language. Files (open data,
 * the search index, calendars, assets) are the same for both languages and are exempt.
 */
import { languages, localeHref, splitLocale } from '../../../src/i18n/index.ts';
import { startTags } from './html-tags.ts';
import { SITE } from './page-invariants.ts';

export type PageLang = (typeof languages)[number];

export function pathLang(path: string): PageLang {
  return splitLocale(path).lang;
}

/** `/offices/x/` -> `/ru/offices/x/` and back. */
export function twinPath(path: string): string {
  const { lang, path: bare } = splitLocale(path);
  const other = languages.find((l) => l !== lang) ?? lang;
  return localeHref(other, bare);
}

/** The former-address pages of `[...former].astro`: they send the reader on and ask not to be indexed. */
export function isRedirectPage(html: string): boolean {
  const metas = startTags(html, 'meta');
  return (
    metas.some((m) => m['http-equiv'] === 'refresh') &&
    metas.some((m) => m.name === 'robots' && /noindex/.test(m.content ?? ''))
  );
}

export function languageSwitchHrefs(html: string): string[] {
  return startTags(html, 'a')
    .filter((a) => (a.class ?? '').split(/\s+/).includes('lang-switch'))
    .map((a) => a.href ?? '');
}

/** `<link rel="alternate" hreflang>` as hreflang -> site path (absolute URLs on the site made relative). */
export function hreflangAlternates(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const link of startTags(html, 'link')) {
    if (link.rel === 'alternate' && link.hreflang) out.set(link.hreflang, sitePath(link.href ?? '') ?? link.href ?? '');
  }
  return out;
}

/** The site path of an internal href (`/x/`, `https://qyzmet.kz/x/`), without query or fragment; null if external. */
export function sitePath(href: string): string | null {
  let path: string;
  if (href.startsWith(`${SITE}/`)) path = href.slice(SITE.length);
  else if (href.startsWith('/') && !href.startsWith('//')) path = href;
  else return null;
  return path.replace(/[?#].*$/u, '') || '/';
}

/** Same for both languages: files (a dot in the last segment), the search index, built assets. */
export function isLanguageNeutral(path: string): boolean {
  const last = path.split('/').at(-1) ?? '';
  return last.includes('.') || /^\/(pagefind|_astro|data\/[^/]+\.\w+$)/u.test(path);
}

/** Internal `<a href>` of a page that lead to the other language (the language switch aside). */
export function crossLanguageLinks(path: string, html: string): string[] {
  const lang = pathLang(path);
  return startTags(html, 'a')
    .filter((a) => !(a.class ?? '').split(/\s+/).includes('lang-switch'))
    .flatMap((a) => {
      const target = sitePath(a.href ?? '');
      if (target === null || isLanguageNeutral(target)) return [];
      return pathLang(target) === lang ? [] : [a.href ?? ''];
    });
}
