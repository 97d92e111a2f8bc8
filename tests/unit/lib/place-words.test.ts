import { describe, expect, test } from 'vitest';
import { ui } from '../../../src/i18n/index.ts';
import { pluralRu } from '../../../src/i18n/ru-plural.ts';
import { editorialId, editorialPagesByLang } from '../../../src/lib/editorial-pages.ts';
import { weeklyTable } from '../../../src/lib/hours/opening-hours.ts';
import { formatDate } from '../../../src/lib/kazakh.ts';
import { officeKindLabel, officeKindName } from '../../../src/lib/names/office-kind.ts';
import { placeTitle } from '../../../src/lib/names/place-title.ts';
import { actStatusText } from '../../../src/lib/sources/act-status.ts';

describe('dates in the page language', () => {
  test.each([
    { iso: '2012-11-05', lang: 'kk' as const, out: '2012 ж. 5 қараша' },
    { iso: '2012-11-05', lang: 'ru' as const, out: '5 ноября 2012 г.' },
  ])('formats $iso as "$out" ($lang)', ({ iso, lang, out }) => {
    expect(formatDate(lang, iso)).toBe(out);
  });
});

describe('Russian counts', () => {
  test.each([
    { n: 1, out: 'учреждение' },
    { n: 3, out: 'учреждения' },
    { n: 11, out: 'учреждений' },
    { n: 21, out: 'учреждение' },
  ])('$n takes "$out"', ({ n, out }) => {
    expect(pluralRu(n, 'учреждение', 'учреждения', 'учреждений')).toBe(out);
  });

  test('the map counts regions and offices in the right form', () => {
    expect(ui('ru')['map.count'](2, true)).toBe('На карте 2 региона.');
    expect(ui('ru')['map.count'](5, false)).toBe('На карте 5 учреждений.');
    expect(ui('kk')['map.count'](5, false)).toBe('Картада 5 мекеме.');
  });
});

describe('office kinds', () => {
  test('Russian takes the reviewed glossary name where there is one', () => {
    expect(officeKindName('public-service-centre', 'ru')).toEqual({
      one: 'Центр обслуживания населения',
      many: 'Центры обслуживания населения',
    });
  });

  test('every kind has a Russian name without Kazakh letters, and the Kazakh labels are as before', () => {
    for (const kind of Object.keys(officeKindLabel) as (keyof typeof officeKindLabel)[]) {
      expect(officeKindName(kind, 'ru').one).not.toMatch(/[әғқңөұүһі]/i);
    }
    expect(officeKindLabel['rural-akim']).toEqual({
      one: 'Ауыл, кент, ауылдық округ әкімі',
      many: 'Ауыл, кент, ауылдық округ әкімдері',
    });
  });
});

describe('the weekly table in Russian', () => {
  test('names the days through Intl and says "Выходной" for a day without hours', () => {
    const table = weeklyTable([[540, 1080]], 'ru');
    expect(table.map((d) => d.day)).toEqual([
      'Понедельник',
      'Вторник',
      'Среда',
      'Четверг',
      'Пятница',
      'Суббота',
      'Воскресенье',
    ]);
    expect(table[0]?.hours).toBe('09:00–18:00');
    expect(table[1]?.hours).toBe('Выходной');
  });
});

describe('act status in an embed', () => {
  test.each([
    {
      act: { status: 'repealed' as const, repealedBy: { issuer: 'x', date: '2009-07-07', number: '1' } },
      lang: 'ru' as const,
      out: 'утратил силу (7 июля 2009 г.)',
    },
    {
      act: { status: 'repealed' as const, repealedBy: { issuer: 'x', date: '2009-07-07', number: '1' } },
      lang: 'kk' as const,
      out: 'күшін жойған (2009 ж. 7 шілде)',
    },
    { act: { status: 'unknown' as const }, lang: 'ru' as const, out: 'статус неизвестен' },
    { act: { status: 'in-force' as const }, lang: 'ru' as const, out: 'действует' },
  ])('reads "$out"', ({ act, lang, out }) => {
    expect(actStatusText(act as Parameters<typeof actStatusText>[0], lang)).toBe(out);
  });
});

describe('place titles where no lang="kk" can mark a name', () => {
  test('a Russian page uses the reviewed Russian name, or leaves the name out of the map label', () => {
    const t = ui('ru');
    expect(placeTitle('Қарағанды облысы', { ru: 'Карагандинская область' }, 'ru').map(t)).toBe(
      'Карагандинская область: карта учреждений',
    );
    const unreviewed = placeTitle('Ақкөл ауданы', null, 'ru');
    expect(unreviewed.map(t)).toBe('Карта учреждений');
    expect(unreviewed.text).toBe('Ақкөл ауданы');
    expect(placeTitle('Ақкөл ауданы', null, 'kk').map(ui('kk'))).toBe('Ақкөл ауданы: мекемелер картасы');
  });
});

describe('editorial pages per language', () => {
  test('reads the language from the folder', () => {
    expect(editorialId('about')).toEqual({ lang: 'kk', slug: 'about' });
    expect(editorialId('ru/about')).toEqual({ lang: 'ru', slug: 'about' });
  });

  test('groups the pages by language and fails on a page without its twin', () => {
    const byLang = editorialPagesByLang([{ id: 'about' }, { id: 'ru/about' }]);
    expect(byLang.get('ru')?.get('about')).toEqual({ id: 'ru/about' });
    expect(() => editorialPagesByLang([{ id: 'about' }, { id: 'ru/about' }, { id: 'complaints' }])).toThrow(
      /complaints has no ru version/,
    );
  });
});
