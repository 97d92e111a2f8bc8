import { describe, expect, test } from 'vitest';
import { kk } from '../../../src/i18n/kk.ts';
import { ru } from '../../../src/i18n/ru.ts';
import { pluralTemplates } from '../../../src/lib/plural-templates.ts';

const fill = (t: string, q: string, n: number) => t.replace('{q}', q).replace('{n}', String(n));

describe('pluralTemplates', () => {
  test('a Russian template per plural category, filled as the dictionary would say it', () => {
    const templates = pluralTemplates(ru['search.shown'], 'ru');
    const rules = new Intl.PluralRules('ru');
    for (const n of [1, 2, 5, 11, 21, 22, 25, 101]) {
      const template = templates[rules.select(n)] ?? templates.other;
      expect(fill(template, 'ЦОН', n)).toBe(ru['search.shown']('ЦОН', n));
    }
    expect(fill(templates.one ?? '', 'ЦОН', 21)).toBe('По запросу «ЦОН» показан 21 результат');
  });

  test('Kazakh has one form', () => {
    const templates = pluralTemplates(kk['search.shown'], 'kk');
    expect(fill(templates.other, 'Ақкөл', 3)).toBe('«Ақкөл» бойынша 3 нәтиже');
  });
});
