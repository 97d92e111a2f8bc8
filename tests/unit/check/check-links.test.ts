import { describe, expect, test } from 'vitest';
import { checkLinks } from '../../../scripts/check/check-links.ts';

const pages = new Map([
  ['/index.html', '<a href="/acts/x/#L12">act</a> <a href="/data/offices.json">data</a> <a href="tel:+77">t</a>'],
  ['/acts/x/index.html', '<div id="L12"></div><a href="#L12">self</a><a href="../../">home</a>'],
]);
const files = new Set(['/data/offices.json']);

describe('checkLinks', () => {
  test('accepts pages, files, anchors and non-http links that exist', () => {
    expect(checkLinks(pages, files)).toEqual([]);
  });
  test('reports a link to a page that does not exist', () => {
    const withBroken = new Map(pages).set('/b/index.html', '<a href="/nowhere/">x</a>');
    expect(checkLinks(withBroken, files)).toEqual([
      { page: '/b/index.html', href: '/nowhere/', reason: 'missing-page' },
    ]);
  });
  test('reports an anchor missing on its target page', () => {
    const withBroken = new Map(pages).set('/b/index.html', '<a href="/acts/x/#L13">x</a>');
    expect(checkLinks(withBroken, files)).toEqual([
      { page: '/b/index.html', href: '/acts/x/#L13', reason: 'missing-anchor' },
    ]);
  });
  test('ignores links to other sites', () => {
    const external = new Map([['/index.html', '<a href="https://www.openstreetmap.org/copyright">osm</a>']]);
    expect(checkLinks(external, new Set())).toEqual([]);
  });
});
