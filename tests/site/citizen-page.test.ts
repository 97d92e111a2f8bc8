/**
 * The citizen's page (one service in one district) in Chromium: documents and deadlines for every region,
 * the due date moved past a public holiday, an office whose hours the acts give differently, one page per
 * district whatever its spelling, and the district's checklist on one A4 sheet.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { offlineContext } from '../../scripts/harness/browser.ts';
import type { Office } from '../../src/schemas/office.ts';
import type { Place } from '../../src/schemas/place.ts';
import type { Service } from '../../src/schemas/service.ts';
import { useServedSite } from './browser.ts';
import { assertBuilt, listPages, readDist, readOpenData } from './dist.ts';

const site = useServedSite();

let services: Service[];
let offices: Office[];
let places: Place[];
let paths: string[];

beforeAll(async () => {
  assertBuilt();
  services = await readOpenData<Service>('services.json');
  offices = await readOpenData<Office>('offices.json');
  places = await readOpenData<Place>('places.json');
  paths = await listPages();
});

/** Regions and the two cities of republican significance: the top of the hierarchy. */
function topPlaces(): Place[] {
  return places.filter((p) => p.kind === 'region' || (p.kind === 'city' && p.parent === null));
}

/** A (service, district) of the region where an applicable version has documents and deadlines. */
function pageWithDocumentsIn(region: string): string | null {
  for (const s of services) {
    for (const a of s.applicability ?? []) {
      if (a.region !== region) continue;
      const versions = a.versions.map((x) => s.versions.find((v) => v.id === x.version));
      if (versions.some((v) => v && v.documents.length > 0 && v.deadlines.length > 0)) {
        return `/services/${s.id}/${a.district}/`;
      }
    }
  }
  return null;
}

/** 10:30 in Kazakhstan on a weekday (1 = Monday) of the second full week of February: no holidays then. */
function almatyAt(weekday: number, time = '10:30'): Date {
  const year = new Date().getUTCFullYear();
  const feb8 = new Date(Date.UTC(year, 1, 8));
  const day = 8 + ((weekday - ((feb8.getUTCDay() + 6) % 7) - 1 + 7) % 7);
  return new Date(`${year}-02-${String(day).padStart(2, '0')}T${time}:00+05:00`);
}

describe('documents and deadlines where people live', () => {
  test('every region and city has a service x district page with its documents and deadlines', async () => {
    const tops = topPlaces();
    expect(tops.length).toBeGreaterThanOrEqual(16);
    const { context } = await offlineContext(site.browser, { viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const missing: string[] = [];
    for (const region of tops) {
      const path = pageWithDocumentsIn(region.id);
      if (!path) {
        missing.push(`${region.name}: no applicable version with documents and deadlines`);
        continue;
      }
      await page.goto(`${site.origin}${path}`);
      const documents = await page.locator('#documents ~ * li, section:has(#documents) .checklist > li').count();
      const deadlines = await page.locator('section:has(#deadlines) .deadlines > li').count();
      if (documents === 0 || deadlines === 0) missing.push(`${path}: ${documents} documents, ${deadlines} deadlines`);
    }
    await context.close();
    expect(missing).toEqual([]);
  });

  test('a calendar-day term that ends on Independence Day (16 December) is due the next working day', async () => {
    // Karaganda's child benefit: 10 calendar days at the district department (002, clause 7).
    const service = services.find((s) => s.versions.some((v) => v.id === '2008-32-08-5'));
    const term = service?.versions
      .find((v) => v.id === '2008-32-08-5')
      ?.deadlines.find((d) => d.kind === 'service-term' && d.unit === 'calendar-day');
    expect(term?.value).toBe(10);
    const year = new Date().getUTCFullYear();
    // A year whose 16 December falls Tuesday to Thursday, so the next day is a working day.
    const y = [year, year + 1, year + 2].find((n) => [2, 3, 4].includes(new Date(Date.UTC(n, 11, 16)).getUTCDay()));
    const holiday = Date.UTC(y ?? year, 11, 16);
    const applied = new Date(holiday - (term?.value ?? 0) * 86_400_000 + 5 * 3_600_000);

    const { context } = await offlineContext(site.browser);
    const page = await context.newPage();
    await page.clock.setFixedTime(applied);
    await page.goto(`${site.origin}/services/${service?.id}/karagandy-kalasy/`);
    const due = page.locator('.due').first();
    await expect.poll(() => due.getAttribute('data-due'), { timeout: 10_000 }).toBe(`${y}-12-17`);
    expect(await due.textContent()).toContain(`${y} ж. 17 желтоқсан`);
    expect(await page.locator('qyzmet-due-dates').first().getAttribute('data-holidays')).toContain(`${y}-12-16`);
    await context.close();
  });

  test('without JavaScript the page states the day its due dates were computed for', async () => {
    const { context } = await offlineContext(site.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    const service = services.find((s) => s.versions.some((v) => v.id === '2008-32-08-5'));
    await page.goto(`${site.origin}/services/${service?.id}/karagandy-kalasy/`);
    expect(await page.locator('.due').first().textContent()).toMatch(
      /^\d{4} ж\. \d+ \S+ өтініш берілсе, \d{4} ж\. \d+ \S+ дейін$/,
    );
    await context.close();
  });
});

describe('the same page in Russian', () => {
  const childBenefit = () => services.find((s) => s.versions.some((v) => v.id === '2008-32-08-5'));
  const kazakhLetter = /[әғқңөұүһі]/i;

  test("answers in the same order under Russian headings, with the acts' text marked Kazakh", async () => {
    const { context } = await offlineContext(site.browser, { viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const headings = async (path: string) => {
      await page.goto(`${site.origin}${path}`);
      return page.locator('main h2[id]').evaluateAll((els) => els.map((e) => [e.id, e.textContent?.trim() ?? '']));
    };
    const path = `/services/${childBenefit()?.id}/karagandy-kalasy/`;
    const kk = await headings(path);
    const ru = await headings(`/ru${path}`);
    expect(ru.map(([id]) => id)).toEqual(kk.map(([id]) => id));
    expect(Object.fromEntries(ru)).toMatchObject({
      documents: 'Необходимые документы',
      deadlines: 'Сроки',
      where: 'Куда обращаться',
      complaints: 'Как обжаловать',
    });
    for (const [, text] of ru) expect(text).not.toMatch(kazakhLetter);
    // Documents, deadline names and the act's issuer are data: every Kazakh word of them sits in lang="kk".
    const unmarked = await page.evaluate((letters) => {
      const re = new RegExp(letters, 'i');
      const out: string[] = [];
      for (const root of document.querySelectorAll('.checklist, .deadlines, .act-status, h1, .breadcrumbs')) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (re.test(n.textContent ?? '') && !n.parentElement?.closest('[lang="kk"]')) out.push(n.textContent ?? '');
        }
      }
      return out;
    }, kazakhLetter.source);
    expect(unmarked).toEqual([]);
    expect(await page.locator('.checklist > li').count()).toBeGreaterThan(0);
    expect(await page.locator('.deadlines strong').first().textContent()).toMatch(/календарных дней$/);
    await context.close();
  });

  test('the due date past Independence Day reads in Russian, with and without JavaScript', async () => {
    const service = childBenefit();
    const year = new Date().getUTCFullYear();
    const y = [year, year + 1, year + 2].find((n) => [2, 3, 4].includes(new Date(Date.UTC(n, 11, 16)).getUTCDay()));
    const applied = new Date(Date.UTC(y ?? year, 11, 16) - 10 * 86_400_000 + 5 * 3_600_000);
    const { context } = await offlineContext(site.browser);
    const page = await context.newPage();
    await page.clock.setFixedTime(applied);
    await page.goto(`${site.origin}/ru/services/${service?.id}/karagandy-kalasy/`);
    const due = page.locator('.due').first();
    await expect.poll(() => due.getAttribute('data-due'), { timeout: 10_000 }).toBe(`${y}-12-17`);
    expect(await due.textContent()).toBe(`Если подать заявление сегодня — до 17 декабря ${y} г.`);
    await context.close();

    const still = await offlineContext(site.browser, { javaScriptEnabled: false });
    const noJs = await still.context.newPage();
    await noJs.goto(`${site.origin}/ru/services/${service?.id}/karagandy-kalasy/`);
    expect(await noJs.locator('.due').first().textContent()).toMatch(
      /^Если подать заявление \d+ \S+ \d{4} г\. — до \d+ \S+ \d{4} г\.$/,
    );
    await still.context.close();
  });
});

describe('hours the acts give differently', () => {
  /** A Karaganda rural akim: Monday-Friday in one standard, «жұма, сенбі және жексенбіден басқа» in another. */
  function contestedOnFriday(): Office {
    const office = offices.find(
      (o) =>
        o.flags.some((f) => f.code === 'hours-contested') &&
        o.hoursReadings?.some((r) => r.text.includes('жұма, сенбі және жексенбіден басқа')) &&
        o.hoursReadings?.some((r) => r.osm?.startsWith('Mo-Fr')),
    );
    if (!office) throw new Error('no office whose acts disagree about Friday');
    return office;
  }

  test.each([
    { weekday: 5, day: 'Friday', state: 'contested', text: 'Актілер бүгінгі жұмыс уақытын әртүрлі көрсетеді' },
    { weekday: 4, day: 'Thursday', state: 'open', text: 'Қазір ашық' },
  ])('on a $day at 10:30 the office page reads «$text»', async ({ weekday, state, text }) => {
    const office = contestedOnFriday();
    const { context } = await offlineContext(site.browser);
    const page = await context.newPage();
    await page.clock.setFixedTime(almatyAt(weekday));
    await page.goto(`${site.origin}/offices/${office.id}/`);
    const badge = page.locator('qyzmet-open-now').first();
    await expect.poll(() => badge.getAttribute('data-state'), { timeout: 10_000 }).toBe(state);
    expect(await badge.textContent()).toBe(text);
    // Every reading is on the page with its act.
    for (const r of office.hoursReadings ?? []) expect(await page.getByText(r.text).count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('one district hierarchy', () => {
  test('a district written two ways is one page, under its places.json id', async () => {
    const twins = places.filter((p) => (p.kind === 'district' || p.kind === 'city') && p.otherNames.length > 0);
    expect(twins.length).toBeGreaterThan(5);
    const districtPages = paths.filter((p) => /^\/districts\/[^/]+\/$/.test(p));
    const problems: string[] = [];
    for (const twin of twins) {
      if (!districtPages.includes(`/districts/${twin.id}/`)) problems.push(`${twin.name}: no page ${twin.id}`);
    }
    // No other district page is headed by a variant spelling (a redirect page has no h1).
    const variants = new Set(twins.flatMap((t) => t.otherNames));
    for (const path of districtPages) {
      const h1 = /<h1[^>]*>([^<]*)<\/h1>/.exec(await readDist(`${path}index.html`))?.[1]?.trim();
      if (h1 && variants.has(h1)) problems.push(`${path} is a page for the variant «${h1}»`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the printed checklist', () => {
  test.each([
    {
      what: 'two acts (national and Karaganda) in Қарағанды қаласы',
      version: '2011-394-1',
      district: 'karagandy-kalasy',
    },
    { what: "Karaganda's child benefit in Қарағанды қаласы", version: '2008-32-08-5', district: 'karagandy-kalasy' },
  ])('$what prints on one A4 page with the office and the act status', async ({ version, district }) => {
    const service = services.find((s) => s.versions.some((v) => v.id === version));
    const { context } = await offlineContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.origin}/services/${service?.id}/${district}/`);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const visible = (sel: string) =>
        [...document.querySelectorAll<HTMLElement>(sel)].filter((e) => e.offsetParent !== null).length;
      return {
        boxes: visible('.checklist > li'),
        offices: visible('.where .apply-office'),
        status: visible('.act-status'),
      };
    });
    expect(printed.boxes).toBeGreaterThan(0);
    expect(printed.offices).toBe(1);
    expect(printed.status).toBeGreaterThan(0);
    const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length).toBe(1);
    await context.close();
  });
});
