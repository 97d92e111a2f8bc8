/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA) in real Chromium on every page template, after its widgets have
 * run (the map drawn, the badge set, the search results shown), and on one page per element state the site
 * builds (checks/element-states.ts: every element in its parent, by tag, classes, role and ARIA, on some
 * audited page), every page kind in both languages among them: zero violations. axe takes a second or
 * more a page, so it runs once per state rather than on all 5,900 pages; html-validate's WCAG and ARIA
 * rules read every page (static-checks.test.ts).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { offlineContext } from '../../scripts/harness/browser.ts';
import { buildPlaces, districtHref, regionHref } from '../../src/lib/places/pages.ts';
import { type Office, officeKinds } from '../../src/schemas/office.ts';
import type { Place } from '../../src/schemas/place.ts';
import type { Service } from '../../src/schemas/service.ts';
import { inTabs, useServedSite } from './browser.ts';
import { axeFindings, describeFindings, htmlForAxe, scopeFor, withAxe } from './checks/axe.ts';
import { coverPages, elementStates } from './checks/element-states.ts';
import { isRedirectPage, pathLang } from './checks/lang-links.ts';
import { waitForMap } from './checks/map.ts';
import { hashPath, pageKind } from './checks/sample.ts';
import { assertBuilt, distDir, listPages, readOpenData, readSite } from './dist.ts';

const site = useServedSite();

let context: BrowserContext;

interface Audit {
  name: string;
  path: string;
}

const templates: Audit[] = [];
/** Pages audited besides the templates, so that every element state is audited once. */
let cover: string[] = [];
let states: Map<string, Set<string>>;

/** The act or act part page with the largest HTML (its text block trimmed by scopeFor, see checks/axe.ts). */
function largestAct(paths: readonly string[]): string {
  const size = (p: string) => statSync(join(distDir, p, 'index.html')).size;
  const acts = paths.filter((p) => /^\/acts\/[^/]+\/([^/]+\/)?$/.test(p)).sort((a, b) => size(b) - size(a));
  return acts[0] ?? '/acts/';
}
beforeAll(async () => {
  assertBuilt();
  const paths = await listPages();
  const offices = await readOpenData<Office>('offices.json');
  const services = await readOpenData<Service>('services.json');
  const places = await readOpenData<Place>('places.json');
  const region = buildPlaces(offices, places).find((r) => r.districts.length > 0 && r.offices.length > 5);
  templates.push(
    { name: 'home', path: '/' },
    { name: 'services index', path: '/services/' },
    { name: 'a service', path: `/services/${services[0]?.id}/` },
    // The citizen's page with two acts, documents by kind, deadlines with due dates and offices with open-now.
    {
      name: 'a service in a district',
      path: `/services/${services.find((s) => s.versions.some((v) => v.id === '2011-394-1'))?.id}/karagandy-kalasy/`,
    },
    { name: 'acts index', path: '/acts/' },
    { name: 'an act (the largest)', path: largestAct(paths) },
    { name: 'regions index', path: '/regions/' },
    { name: 'a region', path: region ? regionHref(region) : '/regions/' },
    { name: 'a district', path: region?.districts[0] ? districtHref(region.districts[0]) : '/regions/' },
    ...officeKinds.map((kind) => {
      // Prefer an office with working hours, so the open-now badge is audited too.
      const office = offices.find((o) => o.kind === kind && o.hours?.osm) ?? offices.find((o) => o.kind === kind);
      return { name: `an office (${kind})`, path: `/offices/${office?.id}/` };
    }),
    { name: 'data page', path: '/data/' },
    { name: 'search page with results', path: '/search/?q=Ақкөл' },
    { name: 'an editorial page', path: '/about/' },
  );
  // Former addresses are meta-refresh redirects, not pages (the guide's rule for page checks).
  const { pages: built } = await readSite();
  const html = (p: string) => built.get(`${p}index.html`) ?? '';
  const real = paths.filter((p) => !isRedirectPage(html(p)));
  // The states of what axe is given: an act page's lines past the 200th are trimmed before it runs.
  states = new Map(real.map((p) => [p, elementStates(htmlForAxe(p, html(p)))]));
  const audited = templates.map((t) => new URL(t.path, 'http://x').pathname);
  cover = coverPages(states, audited);
  // Every page kind in both languages, even where its states are all found on pages of other kinds.
  const kindOf = (p: string) => `${pathLang(p)} ${pageKind(p.replace(/^\/ru(?=\/)/u, ''))}`;
  const seen = new Set([...audited, ...cover].map(kindOf));
  for (const p of [...real].sort((a, b) => hashPath(a) - hashPath(b) || a.localeCompare(b))) {
    if (seen.has(kindOf(p))) continue;
    seen.add(kindOf(p));
    cover.push(p);
  }
  ({ context } = await offlineContext(site.browser));
  await withAxe(context);
});

/** Opens the page and lets its widgets finish, so axe sees what a visitor sees. */
async function openSettled(page: Page, path: string): Promise<void> {
  await page.goto(`${site.origin}${path}`);
  if ((await page.locator('qyzmet-map').count()) > 0) await waitForMap(page);
  if ((await page.locator('qyzmet-open-now').count()) > 0) {
    await page.waitForSelector('qyzmet-open-now[data-state]', { state: 'attached' });
  }
  const query = new URL(path, site.origin).searchParams.get('q');
  if (query) await page.waitForFunction((q) => document.body.dataset.searchDone === q, query);
}

/** Findings on each page, two pages at a time (axe keeps a renderer busy; the other loads meanwhile). */
async function audit(paths: readonly string[]): Promise<string[][]> {
  return inTabs(
    context,
    paths,
    async (page, path) => {
      await openSettled(page, path);
      return describeFindings(path, await axeFindings(page, scopeFor(path)));
    },
    2,
  );
}

describe('axe finds no WCAG A/AA violation', () => {
  test('on every page template', async () => {
    expect(templates.length).toBe(17);
    const findings = await audit(templates.map((t) => t.path));
    expect(templates.flatMap((t, i) => (findings[i] ?? []).map((f) => `${t.name}: ${f}`))).toEqual([]);
  }, 300_000);

  test('on one page per element state, every page kind in both languages among them', async () => {
    const all = new Set([...states.values()].flatMap((s) => [...s]));
    const audited = new Set(
      [...templates.map((t) => new URL(t.path, 'http://x').pathname), ...cover].flatMap((p) => [
        ...(states.get(p) ?? []),
      ]),
    );
    expect(states.size).toBeGreaterThan(5000);
    expect([...all].filter((s) => !audited.has(s))).toEqual([]);
    expect((await audit(cover)).flat()).toEqual([]);
  }, 300_000);
});
