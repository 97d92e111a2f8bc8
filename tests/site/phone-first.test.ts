/**
 * Phone first and words for people, in Chromium: every page kind fits a 320 px and a 390 px screen
 * (`scrollWidth <= innerWidth`), tap targets are at least 44 px, the search input text at least 16 px,
 * and no visible text is a source file name or an English sentence. Over the whole site's HTML and the
 * search index, the same text check without a browser.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { offlineContext } from '../../scripts/harness/browser.ts';
import { splitLocale } from '../../src/i18n/index.ts';
import { inTabs, useServedSite } from './browser.ts';
import { foreignText, htmlText } from './checks/people-text.ts';
import { hashPath, pageKind } from './checks/sample.ts';
import { assertBuilt, distDir, listPages, readSite } from './dist.ts';

const site = useServedSite();

/** The service x district page is its own kind here: it is the page people land on. */
function kindOf(path: string): string {
  return /^\/services\/[^/]+\/[^/]+\/$/.test(path) ? 'services/district' : pageKind(path);
}

/** Per page kind: the two first pages in hash order and the kind's largest page (the likeliest to overflow). */
let sample: string[] = [];

beforeAll(async () => {
  assertBuilt();
  const paths = await listPages();
  const sizes = new Map<string, number>();
  const { pages } = await readSite();
  for (const p of paths) sizes.set(p, Buffer.byteLength(pages.get(`${p}index.html`) ?? ''));
  const byKind = new Map<string, string[]>();
  for (const p of paths) byKind.set(kindOf(p), [...(byKind.get(kindOf(p)) ?? []), p]);
  for (const list of byKind.values()) {
    const hashed = [...list].sort((a, b) => hashPath(a) - hashPath(b));
    const largest = [...list].sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0))[0];
    sample.push(...new Set([...hashed.slice(0, 2), ...(largest ? [largest] : [])]));
  }
  sample = [...new Set([...sample, '/search/'])].sort();
});

describe('every page kind on a phone', () => {
  test('the sample covers the page kinds people use', () => {
    const kinds = new Set(sample.map(kindOf));
    for (const k of ['home', 'page', 'services', 'services/district', 'offices', 'districts', 'regions', 'acts']) {
      expect(kinds).toContain(k);
    }
  });

  test.each([320, 390])('is no wider than a %i px screen, and its text is Kazakh', async (width) => {
    const { context } = await offlineContext(site.browser, { viewport: { width, height: 740 } });
    const found = await inTabs(context, sample, async (page, path) => {
      await page.goto(`${site.origin}${path}`);
      const [scrollWidth, innerWidth] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      const wide = scrollWidth > innerWidth ? `${path}: ${scrollWidth} px` : null;
      // The data health page lists diagnostics by file and line: it is the open data's own page.
      if (splitLocale(path).path.startsWith('/data/')) return { wide, foreign: null };
      // An act's text is the source as written (Latin homoglyphs included): the site's own words are checked.
      const bad = foreignText(
        await page.evaluate(() => {
          const acts = [...document.querySelectorAll<HTMLElement>('.act-text')];
          for (const e of acts) e.hidden = true;
          // biome-ignore lint/performance/useDomNodeTextContent: visible text is the point (textContent reads hidden text too).
          const text = document.body.innerText;
          for (const e of acts) e.hidden = false;
          return text;
        }),
      );
      return { wide, foreign: bad ? `${path}: …${bad}…` : null };
    });
    await context.close();
    expect(found.flatMap((f) => (f.wide ? [f.wide] : []))).toEqual([]);
    expect(found.flatMap((f) => (f.foreign ? [f.foreign] : []))).toEqual([]);
  });

  test('the Russian twins of the home, service, service x district and act pages fit a 320 px screen', async () => {
    const russian = sample
      .filter((p) => ['home', 'services', 'services/district', 'acts'].includes(kindOf(p)))
      .map((p) => `/ru${p}`);
    expect(russian.length).toBeGreaterThanOrEqual(8);
    const { context } = await offlineContext(site.browser, { viewport: { width: 320, height: 740 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of russian) {
      await page.goto(`${site.origin}${path}`);
      const [scrollWidth, innerWidth] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      if (scrollWidth > innerWidth) wide.push(`${path}: ${scrollWidth} px`);
    }
    await context.close();
    expect(wide).toEqual([]);
  });

  test('links and buttons people tap are at least 44 px tall, and search text is at least 16 px', async () => {
    const { context } = await offlineContext(site.browser, { viewport: { width: 390, height: 740 } });
    const page = await context.newPage();
    const small: string[] = [];
    const district = sample.find((p) => kindOf(p) === 'services/district') ?? '/';
    for (const path of ['/', district]) {
      await page.goto(`${site.origin}${path}`);
      const sizes = await page.$$eval('.site-header nav a, a.tel, summary, button', (els) =>
        els
          .filter((e) => (e as HTMLElement).offsetParent !== null)
          .map((e) => [e.textContent?.trim() ?? '', e.getBoundingClientRect().height] as const),
      );
      small.push(...sizes.filter(([, h]) => h < 44).map(([t, h]) => `${path} «${t}»: ${h} px`));
    }
    await page.goto(`${site.origin}/search/`);
    const fontSize = await page.$eval('input[type="search"], input[type="text"]', (e) =>
      Number.parseFloat(getComputedStyle(e).fontSize),
    );
    await context.close();
    expect(small).toEqual([]);
    expect(fontSize).toBeGreaterThanOrEqual(16);
  });
});

describe('words for people over the whole site', () => {
  test('no page outside the open data shows a source file name or an English sentence', async () => {
    const { pages } = await readSite();
    const foreign: string[] = [];
    for (const [path, html] of pages) {
      const bare = splitLocale(path).path;
      if (bare.startsWith('/data/') || bare.startsWith('/embed/code/')) continue;
      const bad = foreignText(htmlText(html));
      if (bad) foreign.push(`${path}: …${bad}…`);
    }
    expect(foreign.slice(0, 10)).toEqual([]);
  });

  test('no search excerpt carries a source file name', async () => {
    const dir = join(distDir, 'pagefind', 'fragment');
    const leaks: string[] = [];
    for (const name of await readdir(dir)) {
      const text = gunzipSync(await readFile(join(dir, name))).toString('utf8');
      if (/\d{3}_[0-9a-f]{16}\.txt/.test(text)) leaks.push(JSON.parse(text.replace(/^pagefind_dcd/, '')).url);
    }
    expect(leaks).toEqual([]);
  });
});
