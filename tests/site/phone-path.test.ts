/**
 * The short phone path (issue 17), at 360 x 800 in Chromium on every page of each kind, in both languages:
 * the first district link of every region page, and the first service x district answer of every district
 * and service page, end within 1,600 px of the top (a closed region group on the service page is opened
 * first, as the reader's one tap would). Without a browser: every office page with services links its
 * district's answers, and every life situation has its page in both languages linking services that exist.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { offlineContext } from '../../scripts/harness/browser.ts';
import { ANSWER, DISTRICT, firstLink } from '../../scripts/harness/phone-path.ts';
import { geographyChanges, situations } from '../../src/lib/names/vocabularies.ts';
import { buildPlaces } from '../../src/lib/places/pages.ts';
import type { Office } from '../../src/schemas/office.ts';
import type { Place } from '../../src/schemas/place.ts';
import { inTabs, useServedSite } from './browser.ts';
import { assertBuilt, distDir, readDist, readOpenData, realPages } from './dist.ts';

const site = useServedSite();
const LIMIT = 1600;

let pages: string[] = [];

beforeAll(async () => {
  assertBuilt();
  pages = await realPages();
});

const ofKind = (re: RegExp) => pages.filter((p) => re.test(p.replace(/^\/ru(?=\/)/, '')));

/** Loads each page at 360 x 800 and returns the pages whose first matching link is missing or too low. */
async function tooLow(paths: readonly string[], pattern: string): Promise<string[]> {
  const { context } = await offlineContext(site.browser, { viewport: { width: 360, height: 800 } });
  const found = await inTabs(context, paths, async (page, path) => {
    await page.goto(`${site.origin}${path}`);
    const link = await firstLink(page, pattern);
    return !link || link.bottom > LIMIT ? `${path}: ${link ? `${Math.round(link.bottom)} px` : 'no link'}` : null;
  });
  await context.close();
  return found.filter((f) => f !== null);
}

describe('the first link of the path lies within 1,600 px on a 360 x 800 phone', () => {
  test('every region page: its first district link', async () => {
    const regions = ofKind(/^\/regions\/[^/]+\/$/);
    expect(regions.length).toBeGreaterThanOrEqual(2 * 14);
    expect(await tooLow(regions, DISTRICT)).toEqual([]);
  });

  test('every district page: its first service x district answer', async () => {
    const districts = ofKind(/^\/districts\/[^/]+\/$/);
    expect(districts.length).toBeGreaterThan(100);
    // A district with no answer at all says so; it has no first answer to measure.
    const answered = new Set(ofKind(/^\/services\/[^/]+\/[^/]+\/$/).map((p) => p.split('/').at(-2)));
    const withAnswers = districts.filter((p) => answered.has(p.split('/').at(-2)));
    expect(withAnswers.length).toBeGreaterThan(100);
    expect(await tooLow(withAnswers, ANSWER)).toEqual([]);
  }, 600_000);

  test('every service page: its first service x district answer', async () => {
    const services = ofKind(/^\/services\/[^/]+\/$/);
    expect(services.length).toBe(2 * 18);
    expect(await tooLow(services, ANSWER)).toEqual([]);
  });
});

describe('office pages link their district answers', () => {
  test('every office page with services links, for each, the answer of its district where one is built', async () => {
    const offices = await readOpenData<Office>('offices.json');
    const places = await readOpenData<Place>('places.json');
    const districtOf = new Map<string, string>();
    for (const r of buildPlaces(offices, places))
      for (const d of r.districts) for (const o of d.offices) districtOf.set(o.id, d.id);
    const missing: string[] = [];
    let checked = 0;
    for (const office of offices) {
      const district = districtOf.get(office.id);
      if (!district || !office.services?.length) continue;
      // Expected links: the answers dist/ holds for this district among the office's services.
      const expected = office.services.filter((s) => existsSync(join(distDir, 'services', s, district, 'index.html')));
      if (expected.length === 0) continue;
      for (const prefix of ['', '/ru']) {
        const html = await readDist(`${prefix}/offices/${office.id}/index.html`);
        const linked = expected.filter((s) => html.includes(`href="${prefix}/services/${s}/${district}/"`));
        if (linked.length === 0) missing.push(`${prefix}/offices/${office.id}/: none of ${expected.join(', ')}`);
        else checked++;
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });
});

describe('life situations', () => {
  test('every situation has its page in both languages, and the index lists it', async () => {
    for (const prefix of ['', '/ru']) {
      const index = await readDist(`${prefix}/situations/index.html`);
      for (const s of situations) {
        expect(existsSync(join(distDir, `${prefix}/situations/${s.id}/index.html`))).toBe(true);
        expect(index).toContain(`href="${prefix}/situations/${s.id}/"`);
      }
    }
  });

  test('each situation page links each of its services, and every service link leads to a built page', async () => {
    for (const prefix of ['', '/ru']) {
      for (const s of situations) {
        const html = await readDist(`${prefix}/situations/${s.id}/index.html`);
        for (const id of s.services) expect(html).toContain(`href="${prefix}/services/${id}/"`);
        const hrefs = [...html.matchAll(/href="((?:\/ru)?\/services\/[^"#]*)/g)].map((m) => m[1] ?? '');
        expect(hrefs.length).toBeGreaterThanOrEqual(s.services.length);
        for (const href of hrefs) expect(existsSync(join(distDir, href, 'index.html')), href).toBe(true);
      }
    }
  });
});

describe('the remembered district', () => {
  test('a district page remembers its district on the device; service and situation pages then offer its answers', async () => {
    const answers = ofKind(/^\/services\/[^/]+\/[^/]+\/$/).filter((p) => !p.startsWith('/ru/'));
    // A district and a service answered there, read from the built answers, and a situation naming that service.
    const situation = situations.find((s) => s.services.length > 1) ?? situations[0];
    const pick = answers.find((p) => situation?.services.includes(p.split('/')[2] ?? ''));
    const [, , service, district] = pick?.split('/') ?? [];
    expect(service && district && situation).toBeTruthy();
    const expectedHere = (situation?.services ?? []).filter((s) =>
      existsSync(join(distDir, 'services', s, district ?? '', 'index.html')),
    );

    const { context, blocked } = await offlineContext(site.browser, { viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET') sent.push(`${r.method()} ${r.url()}`);
    });
    await page.goto(`${site.origin}/services/${service}/`);
    expect(await page.locator('[data-your-district]').isHidden()).toBe(true);
    await page.goto(`${site.origin}/ru/districts/${district}/`);
    expect(await page.evaluate(() => localStorage.getItem('qyzmet:district'))).toBe(district);

    await page.goto(`${site.origin}/services/${service}/`);
    const box = page.locator('[data-your-district]');
    expect(await box.isVisible()).toBe(true);
    expect(await box.locator('[data-name]').getAttribute('href')).toBe(`/services/${service}/${district}/`);

    await page.goto(`${site.origin}/ru/situations/${situation?.id}/`);
    const links = await page
      .locator('[data-your-district] [data-links] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(expectedHere.map((s) => `/ru/services/${s}/${district}/`).sort());

    await page.locator('[data-your-district] [data-forget]').click();
    expect(await page.evaluate(() => localStorage.getItem('qyzmet:district'))).toBeNull();
    expect(blocked).toEqual([]);
    expect(sent).toEqual([]);
    await context.close();
  });
});

describe('place pages say where the place is today', () => {
  test('every district or city page a change names carries its line with the decree, in both languages', async () => {
    let checked = 0;
    for (const change of geographyChanges) {
      for (const id of change.places) {
        for (const prefix of ['', '/ru']) {
          const file = join(distDir, `${prefix}/districts/${id}/index.html`);
          const region = join(distDir, `${prefix}/regions/${id}/index.html`);
          const path = existsSync(file) ? file : existsSync(region) ? region : null;
          if (!path) continue;
          const html = await readFile(path, 'utf8');
          expect(html, `${prefix} ${id}`).toContain(`data-today="${change.id}"`);
          expect(html).toContain(change.decree.title);
          checked++;
        }
      }
      // A region made from part of another: the older region's page names it with the places that moved.
      if (change.kind === 'region-created' && change.fromRegion) {
        const html = await readDist(`/regions/${change.fromRegion}/index.html`);
        expect(html).toContain(`data-today="${change.id}"`);
      }
    }
    expect(checked).toBeGreaterThan(2 * 20);
  });
});
