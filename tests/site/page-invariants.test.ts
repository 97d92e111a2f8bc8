/**
 * Page-level invariants over every page in dist/ (see checks/page-invariants.ts): one h1, the page's lang,
 * a canonical URL, the CSP meta, and JavaScript only on pages with a map, the search or the open-now badge.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { checkPageInvariants, executableScripts, type PageProblem } from './checks/page-invariants.ts';
import { assertBuilt, readSite } from './dist.ts';

let pages: Map<string, string>;
let problems: PageProblem[];

beforeAll(async () => {
  assertBuilt();
  ({ pages } = await readSite());
  problems = [...pages].flatMap(([path, html]) => checkPageInvariants(path, html));
});

const rules: PageProblem['rule'][] = ['one-h1', 'lang', 'canonical', 'csp', 'js-only-for-widgets'];

describe('every page in dist/', () => {
  test('is enough pages to mean something (the whole site was read)', () => {
    expect(pages.size).toBeGreaterThan(1000);
  });

  test.each(rules)('passes the %s invariant', (rule) => {
    const failing = problems.filter((p) => p.rule === rule).map((p) => `${p.page}: ${p.detail}`);
    expect(failing.slice(0, 20)).toEqual([]);
  });

  test.each([
    { path: '/services/index.html', scripts: 0 },
    { path: '/acts/index.html', scripts: 0 },
    { path: '/about/index.html', scripts: 0 },
    { path: '/data/index.html', scripts: 0 },
  ])('$path (no map, no search) loads no JavaScript', ({ path, scripts }) => {
    const html = pages.get(path);
    expect(html).toBeDefined();
    expect(executableScripts(html ?? '').length).toBe(scripts);
  });

  test('the search page, the home page (a map of regions) and the region pages load their scripts', () => {
    const withScripts = [...pages]
      .filter(
        ([path]) =>
          path === '/search/index.html' || path === '/index.html' || /^\/regions\/[^/]+\/index\.html$/.test(path),
      )
      .map(([path, html]) => [path, executableScripts(html).length > 0] as const);
    expect(withScripts.length).toBeGreaterThan(10);
    expect(withScripts.filter(([, has]) => !has)).toEqual([]);
  });
});
