import { describe, expect, test } from 'vitest';
import {
  foldQuery,
  foldText,
  phoneAliases,
  phoneQueryDigits,
  stemForms,
  stemQueries,
} from '../../../src/lib/search/fold.ts';

describe('foldText', () => {
  test.each([
    { typed: 'Караганды', indexed: 'Қарағанды' },
    { typed: 'Узынагаш', indexed: 'Ұзынағаш' },
    { typed: 'зейнетакы', indexed: 'зейнетақы' },
    { typed: 'Укiметiнiң', indexed: 'Үкіметінің' },
    { typed: 'Оскемен', indexed: 'Өскемен' },
    { typed: 'ЕГИНДИКОЛ', indexed: 'Егіндікөл' },
  ])("folds the typed '$typed' and the indexed '$indexed' to the same text", ({ typed, indexed }) => {
    expect(foldText(typed)).toBe(foldText(indexed));
  });

  test('leaves Latin words and e-mails alone', () => {
    expect(foldText('akkol_ozsp@mail.ru Karagandy')).toBe('akkol_ozsp@mail.ru karagandy');
  });
});

describe('phone queries', () => {
  test.each([
    { query: '8 (71638) 2-10-48', digits: '7163821048' },
    { query: '71638 21048', digits: '7163821048' },
    { query: '+7 7163 821048', digits: '7163821048' },
    { query: '2-10-48', digits: '21048' },
  ])("reads '$query' as $digits", ({ query, digits }) => {
    expect(phoneQueryDigits(query)).toBe(digits);
    expect(foldQuery(query)).toBe(digits);
  });

  test('does not treat a postcode-free word or a short number as a phone', () => {
    expect(phoneQueryDigits('Ақкөл')).toBeNull();
    expect(phoneQueryDigits('12')).toBeNull();
  });

  test('indexes a number under every form a query can reduce to', () => {
    const aliases = phoneAliases('+77163821048');
    expect(aliases).toContain('7163821048');
    expect(aliases).toContain('21048');
    expect(aliases).toContain(phoneQueryDigits('8 (71638) 2-10-48'));
    expect(aliases).toContain(phoneQueryDigits('2-10-48'));
  });
});

describe('stemQueries', () => {
  test('gives the Kazakh and the Russian stems of a query with endings', () => {
    expect(stemQueries('Ақкөл ауданының')).toContain('аккол аудан');
    expect(stemQueries('Бурабайского района')).toContain('бурабаиск раион');
    expect(stemQueries('Карагандинской области')).toContain('карагандинск област');
  });

  test('gives nothing for a phone number or a query with no endings to cut', () => {
    expect(stemQueries('8 (71638) 2-10-48')).toEqual([]);
    expect(stemQueries('ЦОН')).toEqual([]);
  });

  test("an alias record's stem forms hold the stems a query cuts to", () => {
    const indexed = stemForms(foldText('Бурабай ауданы Бурабайский район'));
    const words = new Set(indexed.join(' ').split(' '));
    for (const q of ['Бурабайского района', 'Бурабай ауданының']) {
      const found = stemQueries(q).some((s) => s.split(' ').every((w) => [...words].some((x) => x.startsWith(w))));
      expect(found, q).toBe(true);
    }
  });
});
