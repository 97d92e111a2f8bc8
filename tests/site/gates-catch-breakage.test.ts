/**
 * The gates bite: each takes a copy of a real page or record from dist/, breaks it on purpose in memory,
 * and shows that the same checker the real tests run reports it, while the unbroken copy passes. A gate
 * that cannot fail here would pass anything.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkLinks } from '../../scripts/check/check-links.ts';
import { offlineContext } from '../../scripts/harness/browser.ts';
import { foldQuery } from '../../src/lib/search/fold.ts';
import { officeAliasRecord } from '../../src/lib/search/records.ts';
import { type Office, officeSchema } from '../../src/schemas/office.ts';
import { useServedSite } from './browser.ts';
import { axeFindings, withAxe } from './checks/axe.ts';
import { coverPages, elementStates } from './checks/element-states.ts';
import { mapProblem } from './checks/map.ts';
import { invalidRecords } from './checks/open-data.ts';
import { checkPageInvariants } from './checks/page-invariants.ts';
import { aliasFinds, openSearch, rankProblem, runSearch } from './checks/search.ts';
import { createHtmlValidator, validateHtml, validateSite } from './checks/validate-html.ts';
import { assertBuilt, readOpenData, readSite } from './dist.ts';

const site = useServedSite();

let pages: Map<string, string>;
let files: Set<string>;
let offices: Office[];
let page: Page;

/** The editorial "about" page: small, plain, and valid as built. */
const basePath = '/about/index.html';
const base = () => pages.get(basePath) ?? '';
/** Inserts markup at the start of <main>. */
const intoMain = (html: string, markup: string) => html.replace(/(<main\b[^>]*>)/, `$1${markup}`);
/** Broken links of the about page when its HTML is `html` (the rest of the site as built). */
const linkProblems = (html: string) =>
  checkLinks(new Map([...pages, [basePath, html]]), files).filter((b) => b.page === basePath);

beforeAll(async () => {
  assertBuilt();
  ({ pages, files } = await readSite());
  offices = await readOpenData<Office>('offices.json');
  const { context } = await offlineContext(site.browser);
  await withAxe(context);
  page = await context.newPage();
});

describe('a deliberately broken link', () => {
  test('the unbroken page has no broken link', () => {
    expect(linkProblems(base())).toEqual([]);
  });

  test.each([
    { href: '/no-such-page/', reason: 'missing-page' },
    { href: '/acts/#no-such-anchor', reason: 'missing-anchor' },
  ])('to $href is reported as $reason', ({ href, reason }) => {
    const broken = intoMain(base(), `<p><a href="${href}">сілтеме</a></p>`);
    expect(linkProblems(broken)).toEqual([{ page: basePath, href, reason }]);
  });
});

describe('an image without alt', () => {
  const img = '<img src="/favicon.svg" width="32" height="32">';

  test('html-validate reports it, and nothing on the unbroken page', async () => {
    const validator = createHtmlValidator();
    expect(await validateHtml(validator, basePath, base())).toEqual([]);
    const messages = await validateHtml(validator, basePath, intoMain(base(), img));
    expect(messages.some((m) => / wcag\/h37 /.test(m))).toBe(true);
  });

  test('the parallel site check (worker threads) reports it on the broken page only', async () => {
    const messages = await validateSite(
      new Map([
        [basePath, base()],
        ['/broken/index.html', intoMain(base(), img)],
      ]),
    );
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((m) => m.startsWith('/broken/index.html:') && / wcag\/h37 /.test(m))).toBe(true);
  });

  test('axe in Chromium reports image-alt, and nothing on the unbroken page', async () => {
    const serve = async (html: string) => {
      await page.route(`${site.origin}/broken/`, (r) => r.fulfill({ body: html, contentType: 'text/html' }));
      await page.goto(`${site.origin}/broken/`);
      await page.unroute(`${site.origin}/broken/`);
      return (await axeFindings(page)).map((f) => f.rule);
    };
    expect(await serve(base())).toEqual([]);
    expect(await serve(intoMain(base(), img))).toContain('image-alt');
  });
});

describe('pages axe audits besides the templates', () => {
  test('a page with an element state no other page has is among them, and a page adding none is not', () => {
    const real = [...pages].filter(([p]) => /^\/(ru\/)?(offices|districts|regions)\/[^/]+\/index\.html$/.test(p));
    const states = new Map(real.slice(0, 300).map(([p, html]) => [p, elementStates(html)]));
    states.set(basePath, elementStates(base()));
    const given = [...states.keys()];
    expect(coverPages(states, given)).toEqual([]);
    states.set('/boxed/index.html', elementStates(intoMain(base(), '<aside class="new-box" role="note">!</aside>')));
    states.set('/same/index.html', elementStates(real[0]?.[1] ?? ''));
    expect(coverPages(states, given)).toEqual(['/boxed/index.html']);
  });
});

describe('a broken page skeleton', () => {
  test.each([
    { what: 'a second h1', rule: 'one-h1', breakIt: (h: string) => intoMain(h, '<h1>Тағы бір</h1>') },
    { what: 'no canonical', rule: 'canonical', breakIt: (h: string) => h.replace(/<link rel="canonical"[^>]*>/, '') },
    {
      what: 'a script on a page with no widget',
      rule: 'js-only-for-widgets',
      breakIt: (h: string) => h.replace('</body>', '<script type="module" src="/x.js"></script></body>'),
    },
    {
      what: 'no CSP meta',
      rule: 'csp',
      breakIt: (h: string) => h.replace(/<meta http-equiv="content-security-policy"[^>]*>/, ''),
    },
  ])('$what is reported as $rule', ({ rule, breakIt }) => {
    expect(checkPageInvariants(basePath, base())).toEqual([]);
    expect(checkPageInvariants(basePath, breakIt(base())).map((p) => p.rule)).toEqual([rule]);
  });
});

describe('an invalid phone in a record', () => {
  test("officeSchema rejects '+7123' and names the office and the field", () => {
    const office = offices.find((o) => o.phones.length > 0) as Office;
    expect(invalidRecords([office], officeSchema)).toEqual([]);
    const broken = structuredClone(office);
    (broken.phones[0] as { number: string | null }).number = '+7123';
    const invalid = invalidRecords([broken], officeSchema);
    expect(invalid).toHaveLength(1);
    expect(invalid[0]?.id).toBe(office.id);
    expect(invalid[0]?.issues.some((i) => i.startsWith('phones.0.number:'))).toBe(true);
  });
});

describe('a broken search', () => {
  test('a fold that only lower-cases loses the Latin-i match the real fold makes', () => {
    const office = offices.find((o) => o.settlement === 'Екібастұз') as Office;
    const record = officeAliasRecord(office, []);
    expect(aliasFinds(record, 'Екiбастұз')).toBe(true);
    const brokenFold = (q: string) => q.toLowerCase();
    expect(foldQuery('Екiбастұз')).toBe('екибастуз');
    expect(aliasFinds(record, 'Екiбастұз', brokenFold)).toBe(false);
  });

  test('a query that finds nothing in Chromium is reported by the ranking check', async () => {
    await openSearch(page, site.origin);
    // Latin letters: Pagefind still returns loose matches for a Cyrillic nonsense word (`Ққққжжжж`).
    const results = await runSearch(page, 'zzqyzmetqq');
    expect(results).toEqual([]);
    expect(rankProblem('zzqyzmetqq', results, { acceptable: ['/offices/x/'] })).toMatch(/first result none/);
  });

  test('a map whose list lost an office is reported', () => {
    const hrefs = ['/offices/a/', '/offices/b/'];
    const state = { ready: 2, markerHrefs: hrefs, drawn: 2, clusters: 0, listHrefs: hrefs };
    expect(mapProblem(state, hrefs)).toBeNull();
    expect(mapProblem({ ...state, listHrefs: ['/offices/a/'] }, hrefs)).toMatch(/^list /);
    expect(mapProblem({ ...state, drawn: 1 }, hrefs)).toMatch(/^drew 1 /);
  });
});
