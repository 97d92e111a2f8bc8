import { describe, expect, test } from 'vitest';
import { kazakhLettersToRussian } from '../../../scripts/names/kazakh-letters.ts';
import { nounGenitive, phraseGenitive } from '../../../scripts/names/russian-grammar.ts';
import { transliteratePlaceName } from '../../../scripts/names/transliterate-place-name.ts';

describe('kazakhLettersToRussian', () => {
  test.each([
    { input: 'Қарабалық', output: 'Карабалык' },
    { input: 'Үржар', output: 'Уржар' },
    { input: 'Әуезов', output: 'Ауезов' },
    { input: 'Ғабит Мүсірепов', output: 'Габит Мусирепов' },
    { input: 'Еңбекшіқазақ', output: 'Енбекшиказак' },
    // Latin `i` among the Cyrillic letters, as the sources write it.
    { input: 'Зерендi', output: 'Зеренди' },
    { input: 'Алакөл', output: 'Алаколь' },
    { input: 'Көкшетау', output: 'Кокшетау' },
  ])("spells '$input' as '$output'", ({ input, output }) => {
    expect(kazakhLettersToRussian(input)).toBe(output);
  });
});

describe('transliteratePlaceName', () => {
  test.each([
    { kk: 'Бурабай ауданы', kind: 'district', ru: 'Бурабайский район' },
    { kk: 'Нұра ауданы', kind: 'district', ru: 'Нуринский район' },
    { kk: 'Камысты ауданы', kind: 'district', ru: 'Камыстинский район' },
    { kk: 'Аршалы ауданы', kind: 'district', ru: 'Аршалынский район' },
    { kk: 'Зеренді ауданы', kind: 'district', ru: 'Зерендинский район' },
    { kk: 'Ақкөл ауданы', kind: 'district', ru: 'Аккольский район' },
    { kk: 'Осакаров ауданы', kind: 'district', ru: 'Осакаровский район' },
    { kk: 'Железинский ауданы', kind: 'district', ru: 'Железинский район' },
    { kk: 'Ертіс ауданы', kind: 'district', ru: 'Иртышский район' },
    { kk: 'Мағжан Жұмабаев ауданы', kind: 'district', ru: 'район Магжана Жумабаева' },
    { kk: 'Қарағанды облысы', kind: 'region', ru: 'Карагандинская область' },
    { kk: 'Ақтөбе облысы', kind: 'region', ru: 'Актюбинская область' },
    { kk: 'Батыс Қазақстан облысы', kind: 'region', ru: 'Западно-Казахстанская область' },
    { kk: 'Оңтүстік Қазақстан облысы', kind: 'region', ru: 'Южно-Казахстанская область' },
    { kk: 'Арыс қаласы', kind: 'city', ru: 'город Арыс' },
    { kk: 'Өскемен қаласы', kind: 'city', ru: 'город Усть-Каменогорск' },
    { kk: 'Орал қаласы', kind: 'city', ru: 'город Уральск' },
    { kk: 'Петропавл қаласы', kind: 'city', ru: 'город Петропавловск' },
  ] as const)("derives '$ru' from '$kk'", ({ kk, kind, ru }) => {
    expect(transliteratePlaceName(kk, kind)?.ru).toBe(ru);
  });

  test('gives the forms a reader types: the bare adjective, the genitive, the Kazakh stem in Russian letters', () => {
    expect(transliteratePlaceName('Бурабай ауданы', 'district')?.forms).toEqual([
      'Бурабайский',
      'Бурабайского района',
      'Бурабай',
    ]);
    expect(transliteratePlaceName('Батыс Қазақстан облысы', 'region')?.forms).toContain('ЗКО');
    expect(transliteratePlaceName('Орал қаласы', 'city')?.forms).toEqual([
      'Уральск',
      'города Уральска',
      'Уральска',
      'Орал',
    ]);
  });

  test('returns null for a name without its kind word', () => {
    expect(transliteratePlaceName('Бурабай', 'district')).toBeNull();
    expect(transliteratePlaceName('Бурабай ауданы', 'region')).toBeNull();
  });
});

describe('Russian genitive', () => {
  test.each([
    { input: 'Караганда', output: 'Караганды' },
    { input: 'Кызылорда', output: 'Кызылорды' },
    { input: 'Уральск', output: 'Уральска' },
    { input: 'Семей', output: 'Семея' },
    { input: 'Сарань', output: 'Сарани' },
    { input: 'Рудный', output: 'Рудного' },
    { input: 'Кокшетау', output: 'Кокшетау' },
    { input: 'Актобе', output: 'Актобе' },
  ])("declines '$input' to '$output'", ({ input, output }) => {
    expect(nounGenitive(input)).toBe(output);
  });

  test.each([
    { input: 'Бурабайский район', output: 'Бурабайского района' },
    { input: 'Карагандинская область', output: 'Карагандинской области' },
    { input: 'город Усть-Каменогорск', output: 'города Усть-Каменогорска' },
    { input: 'район Шал акына', output: 'района Шал акына' },
  ])("declines '$input' to '$output'", ({ input, output }) => {
    expect(phraseGenitive(input)).toBe(output);
  });
});
