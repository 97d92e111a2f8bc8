/**
 * The answer layer in Chromium, on both search pages: the evaluation set (scripts/harness/search-eval-set.ts, expected pages
 * read from the data) has every query answered within the first three offers, in the page's language; bad
 * input yields no error, no script, no layout wider than the phone, and "nothing found" with the nearest
 * names; the empty query shows the life situations.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { offlineContext } from '../../scripts/harness/browser.ts';
import { loadEvalSet, runEval } from '../../scripts/harness/search-eval.ts';
import type { EvalQuery } from '../../scripts/harness/search-eval-set.ts';
import { situations } from '../../src/lib/names/vocabularies.ts';
import type { Place } from '../../src/schemas/place.ts';
import { useServedSite } from './browser.ts';
import { distDir, readOpenData } from './dist.ts';

const site = useServedSite();
const searchPages = ['/search/', '/ru/search/'] as const;
let set: EvalQuery[];

beforeAll(async () => {
  set = await loadEvalSet(distDir);
});

describe('the evaluation set', () => {
  test('has at least 60 queries of every kind, in both languages', () => {
    expect(set.length).toBeGreaterThanOrEqual(60);
    const kinds = new Set(set.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(
      ['ambiguous', 'everyday', 'latin', 'need+place', 'need+region', 'place', 'today', 'typo'].sort(),
    );
    for (const kind of kinds) {
      const langs = new Set(set.filter((e) => e.kind === kind && e.kind !== 'ambiguous').map((e) => e.lang));
      if (kind !== 'ambiguous') expect({ kind, langs: [...langs].sort() }).toEqual({ kind, langs: ['kk', 'ru'] });
    }
  });

  // Each page in its own context, both at once: the evaluation mostly waits on the browser.
  test.concurrent.each(searchPages)(
    'on %s every query is answered within the first three',
    async (path) => {
      const { context } = await offlineContext(site.browser);
      const page = await context.newPage();
      const outcomes = await runEval(page, site.origin, path, set);
      await context.close();
      const misses = outcomes
        .filter((o) => !o.hit3)
        .map((o) => `«${o.entry.query}» (${o.entry.kind}): ${o.offered.slice(0, 3).join(', ') || 'nothing'}`);
      expect(misses).toEqual([]);
    },
    240_000,
  );
});

describe('bad input on a 360 px phone', () => {
  let page: Page;
  const dialogs: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const { context } = await offlineContext(site.browser, { viewport: { width: 360, height: 800 } });
    page = await context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(String(e)));
  });

  const submit = async (path: string, query: string) => {
    await page.goto(`${site.origin}${path}?q=${encodeURIComponent(query)}`);
    await page.waitForFunction((q) => document.body.dataset.searchDone === q, query.trim());
  };

  test.each([
    { name: '300 characters', query: `${'пособие '.repeat(37)}ab`.slice(0, 300) },
    { name: 'only punctuation', query: '?!.,;:()[]{}«»—' },
    { name: 'a script tag', query: '<script>alert(1)</script>' },
    { name: 'an attribute break-out', query: '"><img src=x onerror=alert(1)>' },
    { name: 'SQL', query: "'; DROP TABLE offices; --" },
    { name: 'emoji', query: '😀🏠👶' },
    { name: 'Latin and Cyrillic mixed', query: 'pособие Karaганда' },
  ])('$name: no error, no script, no element made from it, no wider page', async ({ query }) => {
    for (const path of searchPages) {
      await submit(path, query);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
      expect(await page.locator('main img, #search-answers script, #search-results script').count()).toBe(0);
      expect(await page.textContent('#search-status')).toContain(query.trim().slice(0, 20));
    }
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a query that names nothing says so and offers the nearest names it knows', async () => {
    for (const path of searchPages) {
      await submit(path, 'Qaraganddddy');
      // Too far from `Qarağandy` for an answer (three letters more), near enough to be offered.
      const offered = await page
        .locator('#search-answers li.answer-nearest > a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      const city = (await readOpenData<Place>('places.json')).find((p) => p.name === 'Қарағанды қаласы');
      expect(offered.some((h) => h.endsWith(`/districts/${city?.id}/`))).toBe(true);
      expect(await page.textContent('#search-status')).toMatch(/Qaraganddddy/);
    }
  });

  test.each(searchPages)('the empty query on %s shows every life situation, in the page language', async (path) => {
    await page.goto(`${site.origin}${path}`);
    const links = page.locator('#search-answers li > a');
    await links.first().waitFor();
    const prefix = path.startsWith('/ru/') ? '/ru' : '';
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      situations.map((x) => `${prefix}/situations/${x.id}/`),
    );
  });
});
