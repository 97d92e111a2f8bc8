/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA) in real Chromium on every page template, after its widgets have
 * run (the map drawn, the badge set, the search results shown), and on a deterministic sample of 50
 * other pages across kinds: zero violations.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { offlineContext } from '../../scripts/harness/browser.ts';
import { buildPlaces, districtHref, regionHref } from '../../src/lib/places/pages.ts';
import { type Office, officeKinds } from '../../src/schemas/office.ts';
import type { Place } from '../../src/schemas/place.ts';
import type { Service } from '../../src/schemas/service.ts';
import { useServedSite } from './browser.ts';
import { axeFindings, describeFindings, scopeFor } from './checks/axe.ts';
import { waitForMap } from './checks/map.ts';
import { samplePages } from './checks/sample.ts';
import { assertBuilt, distDir, listPages, readOpenData } from './dist.ts';

const site = useServedSite();

let page: Page;

interface Audit {
  name: string;
  path: string;
}

const templates: Audit[] = [];
let sample: string[] = [];

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
  const templatePaths = new Set(templates.map((t) => t.path));
  sample = samplePages(
    paths.filter((p) => !templatePaths.has(p)),
    50,
  );
  const { context } = await offlineContext(site.browser);
  page = await context.newPage();
});

/** Opens the page and lets its widgets finish, so axe sees what a visitor sees. */
async function openSettled(path: string): Promise<void> {
  await page.goto(`${site.origin}${path}`);
  if ((await page.locator('qyzmet-map').count()) > 0) await waitForMap(page);
  if ((await page.locator('qyzmet-open-now').count()) > 0) {
    await page.waitForSelector('qyzmet-open-now[data-state]', { state: 'attached' });
  }
  const query = new URL(path, site.origin).searchParams.get('q');
  if (query) await page.waitForFunction((q) => document.body.dataset.searchDone === q, query);
}

async function audit(path: string): Promise<string[]> {
  await openSettled(path);
  return describeFindings(path, await axeFindings(page, scopeFor(path)));
}

describe('axe finds no WCAG A/AA violation', () => {
  test('on every page template', async () => {
    expect(templates.length).toBe(17);
    const findings: string[] = [];
    for (const t of templates) findings.push(...(await audit(t.path)).map((f) => `${t.name}: ${f}`));
    expect(findings).toEqual([]);
  }, 300_000);

  test('on a deterministic sample of 50 pages across kinds', async () => {
    expect(sample.length).toBe(50);
    const findings: string[] = [];
    for (const path of sample) findings.push(...(await audit(path)));
    expect(findings).toEqual([]);
  }, 300_000);
});
