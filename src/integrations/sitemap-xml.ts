/**
 * The sitemap's XML from the built pages' paths, pure: which pages it lists (framed embeds are fragments and
 * stay out; the embed guide `/embed/` and `/ru/embed/` stays in) and, for a page that exists in both languages,
 * the `xhtml:link` hreflang alternates search engines read to pair the Kazakh and the Russian page.
 */
import { defaultLang, type Lang, languages, localeHref, splitLocale } from '../i18n/index.ts';

/** HTML pages only (paths ending in `/`), without the framed embeds under `/embed/…` in either language. */
export function isSitemapPage(path: string): boolean {
  const bare = splitLocale(path).path;
  return path.endsWith('/') && (bare === '/embed/' || !bare.startsWith('/embed/'));
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `<url>` entries for `paths` (site paths of indexed pages), each with its language alternates when it has a twin. */
export function sitemapXml(paths: readonly string[], site: string): string {
  const listed = new Set(paths);
  const href = (path: string) => escapeXml(new URL(path, site).href);
  const body = [...listed]
    .sort()
    .map((path) => {
      const bare = splitLocale(path).path;
      const twins = languages
        .map((lang): [Lang, string] => [lang, localeHref(lang, bare)])
        .filter(([, p]) => listed.has(p));
      const alternates =
        twins.length > 1
          ? [...twins, ['x-default', localeHref(defaultLang, bare)] as const].map(
              ([lang, p]) => `\n    <xhtml:link rel="alternate" hreflang="${lang}" href="${href(p)}"/>`,
            )
          : [];
      return `  <url>\n    <loc>${href(path)}</loc>${alternates.join('')}\n  </url>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body}\n</urlset>\n`;
}
