import { describe, expect, test } from 'vitest';
import { kazakhLatin, russianLatin } from '../../../../src/lib/names/latin.ts';
import { foldLatin } from '../../../../src/lib/text/latin-fold.ts';

describe('the 2021 Kazakh Latin alphabet', () => {
  test.each([
    { kk: 'Қарағанды', latin: 'Qarağandy' },
    { kk: 'Қарағанды облысы', latin: 'Qarağandy oblysy' },
    { kk: 'Өскемен қаласы', latin: 'Öskemen qalasy' },
    { kk: 'Шымкент', latin: 'Şymkent' },
    { kk: 'Жетісу облысы', latin: 'Jetısu oblysy' },
    { kk: 'Ұлытау', latin: 'Ūlytau' },
    { kk: 'Еңбекшіқазақ ауданы', latin: 'Eñbekşıqazaq audany' },
    { kk: 'Іле ауданы', latin: 'Ile audany' },
    { kk: 'Индер ауданы', latin: 'İnder audany' },
    { kk: 'Әйтеке би ауданы', latin: 'Äiteke bi audany' },
    { kk: 'Түркістан', latin: 'Türkıstan' },
    { kk: 'Қатон-Қарағай', latin: 'Qaton-Qarağai' },
  ])('writes $kk as $latin', ({ kk, latin }) => {
    expect(kazakhLatin(kk)).toBe(latin);
  });

  test("the example of Wikipedia's 2021 table: «Бұрыңғы өткен заманда» is «Būryñğy ötken zamanda»", () => {
    expect(kazakhLatin('Бұрыңғы өткен заманда')).toBe('Būryñğy ötken zamanda');
  });
});

describe('the usual Latin spelling of Russian names', () => {
  test.each([
    { ru: 'Караганда', latin: 'Karaganda' },
    { ru: 'Усть-Каменогорск', latin: 'Ust-Kamenogorsk' },
    { ru: 'Щучинск', latin: 'Shchuchinsk' },
    { ru: 'Жезказган', latin: 'Zhezkazgan' },
    { ru: 'Талдыкорган', latin: 'Taldykorgan' },
    { ru: 'Актюбинская область', latin: 'Aktyubinskaya oblast' },
    { ru: 'Бурабайский район', latin: 'Burabayskiy rayon' },
  ])('writes $ru as $latin', ({ ru, latin }) => {
    expect(russianLatin(ru)).toBe(latin);
  });
});

describe('folding Latin for matching', () => {
  test.each([
    { typed: 'Qarağandy', key: 'qaragandy' },
    { typed: 'QARAĞANDY', key: 'qaragandy' },
    { typed: 'Jetısu', key: 'jetisu' },
    { typed: 'İnder', key: 'inder' },
    { typed: 'Öskemen', key: 'oskemen' },
  ])('folds $typed to $key', ({ typed, key }) => {
    expect(foldLatin(typed)).toBe(key);
  });
});
