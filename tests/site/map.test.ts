/**
 * Region maps in real Chromium with every tile request refused: the markers (or the counts on their
 * clusters) still account for every office of the region that has a location, and the list alternative
 * holds the same offices. The expected offices come from the open data.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { offlineContext } from '../../scripts/harness/browser.ts';
import type { Office } from '../../src/schemas/office.ts';
import { useServedSite } from './browser.ts';
import { mapProblem, readMap, waitForMap } from './checks/map.ts';
import { assertBuilt, readOpenData } from './dist.ts';

const site = useServedSite();

let offices: Office[];

beforeAll(async () => {
  assertBuilt();
  offices = await readOpenData<Office>('offices.json');
});

describe('before the reader asks for the street map', () => {
  test.each([{ path: '/' }, { path: '/regions/akmola-oblysy/' }, { path: '/ru/districts/akkol-audany/' }])(
    '$path, scrolled to its end, asks no other host and loads no Leaflet',
    async ({ path }) => {
      const { context, blocked } = await offlineContext(site.browser);
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script' || r.resourceType() === 'stylesheet') scripts.push(r.url());
      });
      await page.goto(`${site.origin}${path}`);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.locator('qyzmet-map .street-map-button').first().scrollIntoViewIfNeeded();
      await page.waitForTimeout(500);
      expect(blocked).toEqual([]);
      expect(scripts.filter((u) => /leaflet/i.test(u))).toEqual([]);
      // The button says where the street map comes from.
      expect(await page.locator('qyzmet-map .street-map-button').first().textContent()).toContain('OpenStreetMap');
      await context.close();
    },
  );

  test('an office page shows its office as point 1 of a drawn map, the same office first in the list', async () => {
    const office = offices.find((o) => o.location);
    if (!office) throw new Error('no located office in the open data');
    const { context } = await offlineContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.origin}/offices/${office.id}/`);
    expect(await page.locator('.map-schematic svg .point').count()).toBe(1);
    expect(await page.locator('.map-schematic svg .point text').textContent()).toBe('1');
    expect(await page.locator('.office-map .map-list li a').first().getAttribute('href')).toBe(
      `/offices/${office.id}/`,
    );
    // The outline is our own file, drawn without any script.
    const outline = await page.locator('.map-schematic svg image').getAttribute('href');
    expect(await page.evaluate(async (u) => (await fetch(u)).headers.get('content-type'), outline ?? '')).toContain(
      'svg',
    );
    await context.close();
  });
});

describe('office maps with every tile request refused', () => {
  test.each([
    // Ақмола: ~40 offices, drawn as clusters at the region's zoom.
    { region: 'Ақмола облысы' },
    // Астана: a handful of offices in one city, single markers and clusters mixed.
    { region: 'Астана қаласы' },
  ])(
    '$region shows one marker or cluster count per located office, and the same offices in its list',
    async ({ region }) => {
      const expected = offices.filter((o) => o.region === region && o.location).map((o) => `/offices/${o.id}/`);
      expect(expected.length).toBeGreaterThan(3);
      const { context, blocked } = await offlineContext(site.browser);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${site.origin}/regions/`);
      await page.getByRole('link', { name: region, exact: true }).click();
      await page.waitForURL(/\/regions\/[^/]+\/$/);
      await waitForMap(page);
      await expect.poll(async () => mapProblem(await readMap(page), expected), { timeout: 10_000 }).toBeNull();
      expect(blocked.some((u) => u.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  test('a district map (Ақкөл ауданы, reached from its region) draws its offices as single markers', async () => {
    const expected = offices.filter((o) => o.district === 'Ақкөл ауданы' && o.location).map((o) => `/offices/${o.id}/`);
    expect(expected.length).toBeGreaterThan(0);
    const { context, blocked } = await offlineContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.origin}/regions/`);
    await page.getByRole('link', { name: 'Ақмола облысы', exact: true }).click();
    await page.getByRole('link', { name: 'Ақкөл ауданы', exact: true }).click();
    await waitForMap(page);
    await expect.poll(async () => mapProblem(await readMap(page), expected), { timeout: 10_000 }).toBeNull();
    expect((await readMap(page)).clusters).toBe(0);
    expect(blocked.length).toBeGreaterThan(0);
    await context.close();
  });

  test('the Russian district page draws the same offices, links them to Russian pages and words its popup in Russian', async () => {
    const expected = offices
      .filter((o) => o.district === 'Ақкөл ауданы' && o.location)
      .map((o) => `/ru/offices/${o.id}/`);
    const { context } = await offlineContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.origin}/ru/regions/`);
    // The link reads the name as written, with a reviewed Russian name beside it where there is one.
    await page.getByRole('link', { name: /^Ақмола облысы( \(.*\))?$/ }).click();
    await page.getByRole('link', { name: /^Ақкөл ауданы( \(.*\))?$/ }).click();
    await page.waitForURL(/\/ru\/districts\/[^/]+\/$/);
    await waitForMap(page);
    await expect.poll(async () => mapProblem(await readMap(page), expected), { timeout: 10_000 }).toBeNull();
    expect(await page.locator('.office-map summary').textContent()).toBe('Список вместо карты');
    expect(await page.locator('.map-list a [lang="kk"]').count()).toBe(expected.length);
    await page.locator('path.office-marker').first().click({ force: true });
    const popup = page.locator('.leaflet-popup-content');
    await expect.poll(() => popup.locator('a').getAttribute('href')).toMatch(/^\/ru\/offices\//);
    expect(await popup.locator('a [lang="kk"]').count()).toBe(1);
    // The office kind under the name is a Russian label (glossary or dictionary), not the Kazakh one.
    expect(await popup.textContent()).toMatch(/(Отдел|Центр|Областное|Аппарат|Аким)[^әғқңөұүһі]*$/);
    await context.close();
  });
});
