/**
 * Search in real Chromium, offline: what people type (a village, a Latin `i`, a phone written their
 * way, a Russian keyboard, a postcode) must bring the right office first. "Right" is read from the open
 * data, never from hard-coded page ids: the offices of the village, of the phone, of the postcode.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { offlineContext } from '../../scripts/harness/browser.ts';
import { officeKindLabel, officeKindName, officeKindOrder } from '../../src/lib/names/office-kind.ts';
import { russianNames } from '../../src/lib/names/russian.ts';
import { regionId } from '../../src/lib/places/pages.ts';
import { officeAliasRecord } from '../../src/lib/search/records.ts';
import type { Office } from '../../src/schemas/office.ts';
import type { Place } from '../../src/schemas/place.ts';
import { useServedSite } from './browser.ts';
import { aliasFinds, openSearch, rankProblem, runSearch } from './checks/search.ts';
import { assertBuilt, readOpenData } from './dist.ts';

const site = useServedSite();

let page: Page;
let offices: Office[];
let places: Place[];
const href = (o: Office) => `/offices/${o.id}/`;

beforeAll(async () => {
  assertBuilt();
  offices = await readOpenData<Office>('offices.json');
  places = await readOpenData<Place>('places.json');
  const { context } = await offlineContext(site.browser);
  page = await context.newPage();
  await openSearch(page, site.origin);
});

/** A town's offices, and its own page when it is a city with one (`Екібастұз қаласы`): the page lists them. */
const inSettlement = (name: string) => [
  ...offices.filter((o) => o.settlement === name).map(href),
  ...places.filter((p) => p.kind === 'city' && p.name === `${name} қаласы`).map((p) => `/districts/${p.id}/`),
];
const withPhone = (e164: string) => offices.filter((o) => o.phones.some((p) => p.number === e164));
const withPostcode = (code: string) => offices.filter((o) => o.postcode === code).map(href);

/** Ақкөл district's department, as act 000 lists it: `8-71638 2-10-48`. */
const akkolPhone = '+77163821048';

describe('search in Chromium finds the office people mean', () => {
  test.each([
    // Any office of the village (or the city's own page) is a right first answer: the query names only the place.
    { why: 'a village name', query: 'Шәуілдір', settlement: 'Шәуілдір' },
    { why: 'a name written with a Latin i', query: 'Екiбастұз', settlement: 'Екібастұз' },
    { why: 'a Russian-keyboard spelling', query: 'Караганды', settlement: 'Қарағанды' },
    { why: 'a Russian-keyboard spelling', query: 'Узынагаш', settlement: 'Ұзынағаш' },
  ])('$why («$query») brings an office of $settlement first', async ({ query, settlement }) => {
    const acceptable = inSettlement(settlement);
    expect(acceptable.length).toBeGreaterThan(0);
    const results = await runSearch(page, query);
    expect(rankProblem(query, results, { acceptable })).toBeNull();
  });

  test('the Latin-i query really holds a Latin i (the fold is what finds it)', () => {
    expect('Екiбастұз').toMatch(/[а-я]i[а-я]/);
  });

  test.each(['8 (71638) 2-10-48', '71638 21048', '+7 716 382 10 48'])(
    "«%s» finds Ақкөл's department of act 000 among the offices with that number",
    async (query) => {
      // Two acts (000 and 004) list the same department with the same number; both pages are right, so the
      // 000 one must be within the first as many results as there are offices with the number.
      const sharing = withPhone(akkolPhone);
      const target = sharing.find((o) => o.sources.some((s) => s.file.startsWith('000_')));
      expect(target?.district).toBe('Ақкөл ауданы');
      const results = await runSearch(page, query);
      const want = { acceptable: sharing.map(href), target: href(target as Office), within: sharing.length };
      expect(rankProblem(query, results, want)).toBeNull();
    },
  );

  test("a postcode (020100, Ақкөл's) brings its office first", async () => {
    const acceptable = withPostcode('020100');
    expect(acceptable.length).toBe(1);
    expect(rankProblem('020100', await runSearch(page, '020100'), { acceptable })).toBeNull();
  });

  test('a region filter narrows «Жамбыл» to offices of that region', async () => {
    const regionOf = new Map(offices.map((o) => [href(o), o.region]));
    const all = await runSearch(page, 'Жамбыл');
    const regions = new Set(all.flatMap((u) => regionOf.get(u) ?? []));
    expect(regions.size).toBeGreaterThan(1);
    const filtered = await runSearch(page, 'Жамбыл', { region: 'Алматы облысы' });
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.filter((u) => regionOf.get(u) !== 'Алматы облысы')).toEqual([]);
  });

  test('a kind filter narrows «Жамбыл» to public service centres', async () => {
    const kindOf = new Map(offices.map((o) => [href(o), o.kind]));
    const psc = officeKindLabel['public-service-centre'].one;
    const filtered = await runSearch(page, 'Жамбыл', { kind: psc });
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.filter((u) => kindOf.get(u) !== 'public-service-centre')).toEqual([]);
  });

  test('the Russian page names the filters in Russian and filters the same index', async () => {
    const { context } = await offlineContext(site.browser);
    const ru = await context.newPage();
    try {
      await ru.goto(`${site.origin}/ru/search/`);
      const region = russianNames.places.find((p) => p.kk === 'Алматы облысы');
      const kind = officeKindName('public-service-centre', 'ru').one;
      expect(region?.ru).toBeTruthy();
      expect(kind).not.toBe(officeKindLabel['public-service-centre'].one);
      const regionOf = new Map(offices.map((o) => [`/ru${href(o)}`, o.region]));
      const kindOf = new Map(offices.map((o) => [`/ru${href(o)}`, o.kind]));
      const filtered = await runSearch(ru, 'Жамбыл', { region: region?.ru ?? '', kind });
      expect(filtered.length).toBeGreaterThan(0);
      expect(
        filtered.filter((u) => regionOf.get(u) !== 'Алматы облысы' || kindOf.get(u) !== 'public-service-centre'),
      ).toEqual([]);
      // No Kazakh label is left in the kind list of the Russian page.
      const labels = await ru.locator('select[data-filter="kind"] option').allTextContents();
      for (const k of officeKindOrder) expect(labels).not.toContain(officeKindLabel[k].one);
    } finally {
      await context.close();
    }
  });

  test('a search link saved with the Kazakh filter values the index held before still filters', async () => {
    const { context } = await offlineContext(site.browser);
    const saved = await context.newPage();
    try {
      const psc = officeKindLabel['public-service-centre'].one.replace(/,/g, ' ');
      await saved.goto(
        `${site.origin}/search/?${new URLSearchParams({ q: 'Жамбыл', region: 'Алматы облысы', kind: psc })}`,
      );
      await saved.waitForFunction(() => document.body.dataset.searchDone === 'Жамбыл');
      const results = await saved
        .locator('#search-results li > a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      const office = new Map(offices.map((o) => [href(o), o]));
      expect(results.length).toBeGreaterThan(0);
      expect(
        results.filter(
          (u) => office.get(u)?.region !== 'Алматы облысы' || office.get(u)?.kind !== 'public-service-centre',
        ),
      ).toEqual([]);
      expect(await saved.locator('select[data-filter="region"]').inputValue()).toBe(regionId('Алматы облысы'));
    } finally {
      await context.close();
    }
  });
});

describe("every office's alias record (what the browser's fold searches)", () => {
  test('holds each of its phone numbers written as 8 (area) local and as +7 national', () => {
    const missing: string[] = [];
    for (const o of offices) {
      const record = officeAliasRecord(o, []);
      for (const p of o.phones) {
        if (!p.number) continue;
        const national = p.number.slice(2);
        for (const q of [`8 (${national.slice(0, 5)}) ${national.slice(5)}`, `+7 ${national}`]) {
          if (!aliasFinds(record, q)) missing.push(`${o.id}: ${q}`);
        }
      }
    }
    expect(missing.slice(0, 20)).toEqual([]);
  });

  test('holds its settlement typed on a Russian keyboard and its postcode', () => {
    const toRussianKeyboard = (s: string) =>
      s.replace(
        /[әғқңөұүһі]/gi,
        (c) => ({ ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' })[c.toLowerCase()] ?? c,
      );
    const missing: string[] = [];
    for (const o of offices) {
      const record = officeAliasRecord(o, []);
      if (o.settlement && !aliasFinds(record, toRussianKeyboard(o.settlement)))
        missing.push(`${o.id}: ${o.settlement}`);
      if (o.postcode && !aliasFinds(record, o.postcode)) missing.push(`${o.id}: ${o.postcode}`);
    }
    expect(missing.slice(0, 20)).toEqual([]);
  });
});
