/**
 * The open-now badge with the browser clock fixed (Kazakhstan time, UTC+5), and the working hours without
 * JavaScript: the text as written and the weekly table are in the HTML, the badge is only an addition.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { offlineContext } from '../../scripts/harness/browser.ts';
import type { Office } from '../../src/schemas/office.ts';
import { useServedSite } from './browser.ts';
import { assertBuilt, readOpenData } from './dist.ts';

const site = useServedSite();

let offices: Office[];

beforeAll(async () => {
  assertBuilt();
  offices = await readOpenData<Office>('offices.json');
});

/** 10:30 in Kazakhstan on a weekday (1 = Monday) of the second full week of February this year: no holidays. */
function almatyAt(weekday: number, time = '10:30'): Date {
  const year = new Date().getUTCFullYear();
  const feb8 = new Date(Date.UTC(year, 1, 8));
  const day = 8 + ((weekday - ((feb8.getUTCDay() + 6) % 7) - 1 + 7) % 7);
  return new Date(`${year}-02-${String(day).padStart(2, '0')}T${time}:00+05:00`);
}

const weekdays = 'Mo-Fr 09:00-13:00,14:00-18:00';
const withSaturday = 'Mo-Fr 09:00-20:00; Sa 09:00-15:00';

/** Ақкөл's department as act 000 lists it (`8-71638 2-10-48`): a five-day week. */
function akkolDepartment(): Office {
  const office = offices.find(
    (o) => o.phones.some((p) => p.number === '+77163821048') && o.sources.some((s) => s.file.startsWith('000_')),
  );
  expect(office?.hours?.osm).toBe(weekdays);
  return office as Office;
}

/** An office with these hours (a public service centre open on Saturdays). */
function officeWith(osm: string): Office {
  const office = offices.find((o) => o.hours?.osm === osm);
  if (!office) throw new Error(`no office with hours ${osm}`);
  return office;
}

describe('the open-now badge with a fixed clock', () => {
  test.each([
    { hours: weekdays, weekday: 2, day: 'Tuesday', time: '10:30', state: 'open', text: 'Қазір ашық' },
    { hours: weekdays, weekday: 6, day: 'Saturday', time: '10:30', state: 'closed', text: 'Қазір жабық' },
    { hours: weekdays, weekday: 2, day: 'Tuesday', time: '13:30', state: 'closed', text: 'Қазір жабық' },
    { hours: withSaturday, weekday: 6, day: 'Saturday', time: '10:30', state: 'open', text: 'Қазір ашық' },
    { hours: weekdays, weekday: 2, day: 'Tuesday', time: '10:30', state: 'open', text: 'Сейчас открыто', lang: '/ru' },
    {
      hours: weekdays,
      weekday: 6,
      day: 'Saturday',
      time: '10:30',
      state: 'closed',
      text: 'Сейчас закрыто',
      lang: '/ru',
    },
  ])(
    'reads $state on a $day at $time (Almaty) for «$hours» $lang',
    async ({ hours, weekday, time, state, text, lang }) => {
      const office = hours === weekdays ? akkolDepartment() : officeWith(hours);
      const now = almatyAt(weekday, time);
      // Kazakhstan is UTC+5: the instant's weekday there is the one asked for.
      expect((new Date(now.getTime() + 5 * 3600_000).getUTCDay() + 6) % 7).toBe(weekday - 1);
      const { context } = await offlineContext(site.browser);
      const page = await context.newPage();
      await page.clock.setFixedTime(now);
      await page.goto(`${site.origin}${lang ?? ''}/offices/${office.id}/`);
      const badge = page.locator('qyzmet-open-now');
      // The chosen day is a working day in the page's own holiday list, so only the clock decides.
      const holidays = (await badge.getAttribute('data-holidays')) ?? '';
      expect(holidays).toContain(`${now.getUTCFullYear()}-01-01`);
      expect(holidays).not.toContain(now.toISOString().slice(0, 10));
      await expect.poll(() => badge.getAttribute('data-state'), { timeout: 10_000 }).toBe(state);
      expect(await badge.locator('.open-now').textContent()).toBe(text);
      await context.close();
    },
  );
});

describe('working hours without JavaScript', () => {
  test("Ақкөл's department page shows the hours as written and the weekly table, and no badge", async () => {
    const office = akkolDepartment();
    const { context } = await offlineContext(site.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/offices/${office.id}/`);
    const section = page.locator('.working-hours');
    expect(
      await section
        .getByText(office.hours?.text ?? '-')
        .first()
        .isVisible(),
    ).toBe(true);
    const rows = await section
      .locator('table.week tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim())));
    expect(rows).toEqual([
      ['Дүйсенбі', '09:00–13:00, 14:00–18:00'],
      ['Сейсенбі', '09:00–13:00, 14:00–18:00'],
      ['Сәрсенбі', '09:00–13:00, 14:00–18:00'],
      ['Бейсенбі', '09:00–13:00, 14:00–18:00'],
      ['Жұма', '09:00–13:00, 14:00–18:00'],
      ['Сенбі', 'Демалыс'],
      ['Жексенбі', 'Демалыс'],
    ]);
    expect(await page.locator('qyzmet-open-now').getAttribute('data-state')).toBeNull();
    expect(await page.locator('.open-now').textContent()).toBe('');
    // The map's list alternative is there too.
    expect(await page.locator('.map-list a').count()).toBe(1);
    await context.close();
  });

  test('the Russian twin labels the same table with Russian weekdays (Intl), the hours text kept in Kazakh', async () => {
    const office = akkolDepartment();
    const { context } = await offlineContext(site.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/ru/offices/${office.id}/`);
    const section = page.locator('.working-hours');
    expect(await section.locator('[lang="kk"]').first().textContent()).toBe(office.hours?.text);
    const rows = await section
      .locator('table.week tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim())));
    expect(rows.map((r) => r[0])).toEqual([
      'Понедельник',
      'Вторник',
      'Среда',
      'Четверг',
      'Пятница',
      'Суббота',
      'Воскресенье',
    ]);
    expect(rows[5]?.[1]).toBe('Выходной');
    expect(await section.locator('caption').textContent()).toBe('По дням недели (в праздничные дни не работает)');
    await context.close();
  });
});
