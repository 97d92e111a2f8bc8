import { describe, expect, test } from 'vitest';
import { isSitemapPage, sitemapXml } from '../../../src/integrations/sitemap-xml.ts';

const SITE = 'https://qyzmet.kz';

describe('isSitemapPage', () => {
  test.each([
    { path: '/', listed: true },
    { path: '/ru/', listed: true },
    { path: '/offices/x/', listed: true },
    { path: '/ru/offices/x/', listed: true },
    { path: '/embed/', listed: true },
    { path: '/ru/embed/', listed: true },
    { path: '/embed/offices/x/', listed: false },
    { path: '/ru/embed/offices/x/', listed: false },
    { path: '/data/offices.json', listed: false },
  ])('lists $path: $listed', ({ path, listed }) => {
    expect(isSitemapPage(path)).toBe(listed);
  });
});

describe('sitemapXml', () => {
  const xml = sitemapXml(['/ru/offices/x/', '/offices/x/', '/about/'], SITE);

  test('lists every page once, in both languages', () => {
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([`${SITE}/about/`, `${SITE}/offices/x/`, `${SITE}/ru/offices/x/`]);
  });

  test('gives a page with a twin its alternates in both directions, Kazakh as x-default', () => {
    const entry = (loc: string) => new RegExp(`<url>\\s*<loc>${loc}</loc>([\\s\\S]*?)</url>`).exec(xml)?.[1] ?? '';
    for (const loc of [`${SITE}/offices/x/`, `${SITE}/ru/offices/x/`]) {
      expect(entry(loc)).toContain(`<xhtml:link rel="alternate" hreflang="kk" href="${SITE}/offices/x/"/>`);
      expect(entry(loc)).toContain(`<xhtml:link rel="alternate" hreflang="ru" href="${SITE}/ru/offices/x/"/>`);
      expect(entry(loc)).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${SITE}/offices/x/"/>`);
    }
  });

  test('gives a page without a twin no alternates, and declares the xhtml namespace', () => {
    expect(/<loc>https:\/\/qyzmet\.kz\/about\/<\/loc>\s*<\/url>/.test(xml)).toBe(true);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  });
});
