import { describe, expect, test } from 'vitest';
import { normaliseLine } from '../../../../scripts/ingest/normalise/index.ts';
import { rejoinLetterSpacing } from '../../../../scripts/ingest/normalise/normalise-letter-spacing.ts';
import { normaliseFixture } from './helpers.ts';

describe('letter-spacing and word fragments', () => {
  // Real lines, as written in content/sources (file:line).
  test.each([
    { at: '001:209', input: 'А қ с у  а у д а н ы ,', output: 'Ақсу ауданы,' },
    { at: '001:34', input: 'қ ы з м е т і н і ң  р е г л а м е н т і .', output: 'қызметінің регламенті.' },
    {
      at: '001:54',
      input: '2 0 1 2  ж ы л ғ ы  5  қ а р а ш а д а ғ ы  №  3 4 9',
      output: '2012 жылғы 5 қарашадағы № 349',
    },
    { at: '001:48', input: 'С . М . М ұ қ а н о в қ а  ж ү к т е л с і н .', output: 'С.М. Мұқановқа жүктелсін.' },
    { at: '001:210', input: 'Жансүг іров  кент і ,', output: 'Жансүгіров кенті,' },
    { at: '001:205', input: 'және  әлеуметт ік', output: 'және әлеуметтік' },
    { at: '001:168', input: '"Мүгедектерд і  санаторлық-курорттық', output: '"Мүгедектерді санаторлық-курорттық' },
    { at: '001:127', input: 'регламентт ің   сәйкес) ;3 -қосымшасына', output: 'регламенттің сәйкес) ;3 -қосымшасына' },
    { at: '001:225', input: '1 8 - 0 0', output: '18-00' },
    { at: '001:310', input: 'к ө ш е с і ,  2 6 1', output: 'көшесі, 261' },
    { at: '001:326', input: 'Т и т о в  к ө ш е с і ,  3  а', output: 'Титов көшесі, 3 а' },
    { at: '001:186', input: '( п ә т е р д і ң )', output: '(пәтердің)' },
    { at: '001:187', input: '№ ,  э л е к т р о н д ы', output: '№, электронды' },
    { at: '001:3912', input: 'а у д а н , к е н т ,  к ө ш е ,', output: 'аудан, кент, көше,' },
    {
      at: '001:2772',
      input: '" Ж е р г i л i к т i  ө к i л д i  о р г а н д а р д ы ң',
      output: '"Жергілікті өкілді органдардың',
    },
    { at: '001:5274', input: 'кент і ,Титова ,  33  а', output: 'кенті, Титова, 33 а' },
    { at: '001:10488', input: 'Тәуелс ізд ік', output: 'Тәуелсіздік' },
    { at: '003:28', input: '2 0 0 8  ж ы л ғ ы  2 5  с ә у і р  N  1 2 0  ', output: '2008 жылғы 25 сәуір N 120' },
    {
      at: '003:87',
      input: '      1 2 . 1 .  Б е л г і л е н г е н  ү л г і д е г і  ө т і н і ш ;  ',
      output: '      12.1. Белгіленген үлгідегі өтініш;',
    },
    {
      at: '003:160',
      input: 'Қарахан  көшес і ,  1 ,  т елефон  45 -44 -94 .  ',
      output: 'Қарахан көшесі, 1, телефон 45 -44 -94.',
    },
    { at: '004:29', input: '      N  А - 6 / 3 4 2  қ а у л ы с ы м е н  ', output: '      N А-6/342 қаулысымен' },
    {
      at: '004:132',
      input: 'қызмет  көрсетус і з  жүзеге  асырылады.  ',
      output: 'қызмет көрсетусіз жүзеге асырылады.',
    },
    { at: '004:715', input: 'б ір інші  реттен  ', output: 'бірінші реттен' },
    { at: '004:712', input: '3 .2 .  Тұтынушы ', output: '3.2. Тұтынушы' },
    { at: '004:94', input: '( е р л і - з а й ы п т ы л а р ғ а ) .  ', output: '(ерлі-зайыптыларға).' },
  ])("$at: normalises '$input' to '$output'", ({ input, output }) => {
    expect(normaliseLine(input)).toBe(output);
  });

  test('keeps word gaps double until whitespace is collapsed, so later rules can still see them', () => {
    expect(rejoinLetterSpacing('Ж е ң і с  к ө ш е с і ,  1 4 8')).toBe('Жеңіс  көшесі,  148');
  });

  test.each([
    { why: 'column numbers', input: '1 2 3 4 5', output: '1 2 3 4 5' },
    { why: 'three quality-indicator cells (003:440)', input: '1 0 1', output: '1 0 1' },
    { why: 'a letter-spaced phone (003:702)', input: '3 4 2 8 7 9  ', output: '342879' },
    { why: 'phone digit groups', input: '8-72832', output: '8-72832' },
    { why: 'phone digit groups with dashes', input: '2-11-43', output: '2-11-43' },
  ])('digit rows: $why', ({ input, output }) => {
    expect(normaliseLine(input)).toBe(output);
  });

  test('normalises the first row of 001 appendix 1 cell by cell', () => {
    const texts = normaliseFixture('001-letter-spaced-row.txt').lines.map((l) => l.text);
    expect(texts.slice(2, 7)).toEqual([
      'Ақсу ауданының',
      'жұмыспен қамту',
      'және әлеуметтік',
      'бағдарламалар',
      'бөлімі',
    ]);
    expect(texts.slice(8, 12)).toEqual([
      'Ақсу ауданы,',
      'Жансүгіров кенті,',
      'Желтоқсан көшесі, 5',
      'korgan-53@mail.ru',
    ]);
    expect(texts.slice(16, 31).join(' ')).toBe(
      'Демалыс және мереке күндерін қоспағанда, аптасына бес күн сағат 9-00 бастап 18-00 дейін, түскі үзіліс сағат 13-00 бастап 14-00 дейін',
    );
  });
});

describe('negative cases: what letter-spacing must not join', () => {
  test.each([
    {
      why: 'a house number and its letter (000:541)',
      input: '\tБесқарағай ауданы, Пушкин көшесi, 2 А beskar_c@mail.ru',
      output: '\tБесқарағай ауданы, Пушкин көшесі, 2 А beskar_c@mail.ru',
    },
    {
      why: 'a number sign and its number (000:1583)',
      input: '\tШығыс Қазақстан облысының № 1 ХҚО',
      output: '\tШығыс Қазақстан облысының № 1 ХҚО',
    },
    {
      why: 'displaced appendix numbers (001:3387)',
      input: '      3. Мемлекеттік қызмет осы регламенттің ,  қосымшаларында көрсетілген 1 2',
      output: '      3. Мемлекеттік қызмет осы регламенттің, қосымшаларында көрсетілген 1 2',
    },
    {
      why: 'real short words (003:73)',
      input: 'сағат 9-00 ден 18-00 ге дейін, түскі үзіліс сағат 13-00 ден 14-00 ге дейін, алдын ',
      output: 'сағат 9-00 ден 18-00 ге дейін, түскі үзіліс сағат 13-00 ден 14-00 ге дейін, алдын',
    },
    {
      why: 'real words starting with і (001:575)',
      input: 'әрекеттесуінің сипаттамасы ҚФБ іс-әрекетінің сипаттамасы',
      output: 'әрекеттесуінің сипаттамасы ҚФБ іс-әрекетінің сипаттамасы',
    },
    { why: 'оның ішінде', input: 'оның ішінде', output: 'оның ішінде' },
    {
      why: 'a district name after a region (Іле)',
      input: 'Алматы облысы Іле ауданы',
      output: 'Алматы облысы Іле ауданы',
    },
    { why: 'the conjunction және before іс', input: 'және іс жүргізу', output: 'және іс жүргізу' },
  ])('$why', ({ input, output }) => {
    expect(normaliseLine(input)).toBe(output);
  });
});
