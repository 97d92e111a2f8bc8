import { describe, expect, test } from 'vitest';
import { deadlineWhat } from '../../../src/lib/hours/deadline-view.ts';
import { serviceJsonLd } from '../../../src/lib/json-ld.ts';
import { fill, plainText, splitEntry } from '../../../src/lib/rich-text.ts';
import { costText } from '../../../src/lib/services/version-facts.ts';
import { formatDeadline } from '../../../src/lib/services/view.ts';
import { splitAct } from '../../../src/lib/sources/act-parts.ts';
import { actStatusText } from '../../../src/lib/sources/act-status.ts';
import { actLabel, actLabelParts, sourceHref } from '../../../src/lib/sources/link.ts';
import type { Service } from '../../../src/schemas/service.ts';
import { karagandaAct, registrationVersion } from './embed-records.ts';

describe('terms in both languages', () => {
  test.each([
    { value: 1, unit: 'working-day', kk: '1 жұмыс күні', ru: '1 рабочий день' },
    { value: 3, unit: 'working-day', kk: '3 жұмыс күні', ru: '3 рабочих дня' },
    { value: 10, unit: 'calendar-day', kk: '10 күнтізбелік күн', ru: '10 календарных дней' },
    { value: 21, unit: 'day', kk: '21 күн', ru: '21 день' },
    { value: 30, unit: 'minute', kk: '30 минут', ru: '30 минут' },
    { value: 2, unit: 'month', kk: '2 ай', ru: '2 месяца' },
  ] as const)('$value $unit reads «$kk» and «$ru»', ({ value, unit, kk, ru }) => {
    expect(formatDeadline({ value, unit }, 'kk')).toBe(kk);
    expect(formatDeadline({ value, unit }, 'ru')).toBe(ru);
  });

  test('a deadline keeps its label as written (data) and adds the channel in the page language', () => {
    const d = { label: 'Мемлекеттік қызмет көрсету мерзімі', channel: 'authority' } as const;
    expect(deadlineWhat(d, 'kk')).toEqual([{ data: d.label }, ', бөлімге тікелей жүгінгенде']);
    expect(deadlineWhat(d, 'ru')).toEqual([{ data: d.label }, ', при обращении прямо в отдел']);
    expect(deadlineWhat({ label: 'Мерзім (Бөлімге өтініш білдіргенде)', channel: 'authority' }, 'ru')).toHaveLength(1);
  });
});

describe('acts in both languages', () => {
  test('the act label keeps the issuer as written and says the year in the page language', () => {
    expect(actLabel(karagandaAct)).toBe('Қарағанды облысының әкімдігі, 2008 ж. № 32/08');
    expect(actLabelParts(karagandaAct, 'ru')).toEqual([{ data: 'Қарағанды облысының әкімдігі' }, ', 2008 г. № 32/08']);
  });

  test('the status line and the source link follow the page language', () => {
    expect(actStatusText(karagandaAct, 'kk')).toMatch(/^күшін жойған/);
    expect(actStatusText(karagandaAct, 'ru')).toMatch(/^утратил силу/);
    const ref = { file: karagandaAct.file, line: 4256 };
    // The link opens the page of the act's part that holds the line.
    const lines = Array.from({ length: 5000 }, () => 'мәтін');
    const parts = new Map([
      [karagandaAct.id, splitAct(lines, [{ line: 4200, kind: 'appendix', document: 3, appendix: 1 }])],
    ]);
    expect(sourceHref(ref, [karagandaAct], parts, 'kk')).toBe(`/acts/${karagandaAct.id}/d3-a1/#L4256`);
    expect(sourceHref(ref, [karagandaAct], parts, 'ru')).toBe(`/ru/acts/${karagandaAct.id}/d3-a1/#L4256`);
    // Without its parts, the act's page (which sends a line address on to its part).
    expect(sourceHref(ref, [karagandaAct], new Map(), 'kk')).toBe(`/acts/${karagandaAct.id}/#L4256`);
  });

  test("free is the site's word; a written cost is data", () => {
    const free = { ...registrationVersion, cost: { free: true, text: 'тегін' } };
    const paid = { ...registrationVersion, cost: { free: false, text: '100 теңге' } };
    expect(costText(free, 'ru')).toEqual(['Бесплатно']);
    expect(costText(paid, 'ru')).toEqual([{ data: '100 теңге' }]);
  });
});

describe('dictionary entries with data in them', () => {
  test('the entry decides where the data goes', () => {
    expect(splitEntry((x) => `${x} бойынша`)).toEqual(['', ' бойынша']);
    expect(splitEntry((x) => `По документу: ${x}`)).toEqual(['По документу: ', '']);
    const filled = fill((x) => `Все учреждения — на странице «${x}».`, [{ data: 'Ақкөл ауданы' }]);
    expect(filled).toEqual(['Все учреждения — на странице «', { data: 'Ақкөл ауданы' }, '».']);
    expect(plainText(filled)).toBe('Все учреждения — на странице «Ақкөл ауданы».');
  });
});

describe('structured data on a Russian page', () => {
  test('keeps the name as written and gives the page its own address (no `inLanguage`: not a GovernmentService property)', () => {
    const service = { id: 'zhumyssyz', name: 'Жұмыссыз азаматтарды есепке қою', versions: [registrationVersion] };
    const site = new URL('https://qyzmet.kz');
    const kk = serviceJsonLd(service as unknown as Service, { ...registrationVersion, region: null }, site, 'kk');
    const ru = serviceJsonLd(service as unknown as Service, { ...registrationVersion, region: null }, site, 'ru');
    expect(kk).toMatchObject({ '@id': 'https://qyzmet.kz/services/zhumyssyz/', name: service.name });
    expect(ru).toMatchObject({ '@id': 'https://qyzmet.kz/ru/services/zhumyssyz/', name: service.name });
    expect(ru).not.toHaveProperty('inLanguage');
    expect(ru.areaServed).toEqual({ '@type': 'Country', name: 'Казахстан' });
  });
});
