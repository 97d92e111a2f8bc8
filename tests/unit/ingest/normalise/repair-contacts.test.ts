import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  joinLines,
  normaliseLine,
  normaliseSource,
  repairContacts,
} from '../../../../scripts/ingest/normalise/index.ts';
import type { SourceLine } from '../../../../scripts/ingest/types.ts';
import { normaliseFixture } from './helpers.ts';

const sources = new URL('../../../../content/sources/', import.meta.url);
const block = (...texts: string[]): SourceLine[] =>
  texts.map((raw, i) => ({ line: 10 + i, raw, text: normaliseLine(raw) }));

describe('repairContacts', () => {
  test.each([
    { at: '000:94', input: '47 arshaly_rotz@kokshetau. online.kz', output: '47 arshaly_rotz@kokshetau.online.kz' },
    { at: '000:812', input: '5 sobes_balkhash@ mail.ru', output: '5 sobes_balkhash@mail.ru' },
    { at: '003:249', input: 'TRS2008@ topmail.kz', output: 'TRS2008@topmail.kz' },
    { at: '001:311', input: 'zhambyl. rotzszn@mail. online.kz', output: 'zhambyl.rotzszn@mail.online.kz' },
    { at: '001:5275', input: 'iIi_ akimat @mail.ru', output: 'iIi_akimat@mail.ru' },
    { at: '003:163', input: 'пошта: t a raz@enbek .kz.', output: 'пошта: taraz@enbek.kz.' },
    { at: '004:370', input: '8(71643)-4-28-07 Atb_rotz isn@', output: '8(71643)-4-28-07 Atb_rotzisn@' },
    {
      at: '000:946',
      input: '38 jangeldy. kostanay.kz, djansots@mail.ru',
      output: '38 jangeldy.kostanay.kz, djansots@mail.ru',
    },
    { at: '004:511', input: 'online.kzwww.akmol.kz', output: 'online.kz www.akmol.kz' },
    { at: '004:389', input: 'mail.kz,www.akmol.kz', output: 'mail.kz, www.akmol.kz' },
    { at: '1086', input: 'Moinkum_ akimat@mail.ru', output: 'Moinkum_akimat@mail.ru' },
  ])("$at: repairs '$input' to '$output'", ({ input, output }) => {
    expect(repairContacts(input)).toBe(output);
  });

  test.each([
    {
      why: 'a phone ending a sentence before an e-mail (004:254)',
      input: 'телефон 8(7162)763690. akmout@mail.online.kz',
    },
    { why: 'two complete e-mails', input: 'a@mail.ru. b@mail.ru' },
    { why: 'a URL ending a sentence', input: 'www.nurinsk.kz. Келесі' },
    { why: 'a URL before an e-mail (003:1079)', input: 'www.new.zhualy.kz Jua_fin@' },
    { why: 'Kazakh text', input: 'Қарахан көшесі, 1, телефон 45 -44 -94.' },
  ])('leaves alone $why', ({ input }) => {
    expect(repairContacts(input)).toBe(input);
  });
});

describe('joinLines', () => {
  test.each([
    { at: '003:214', lines: ['utzszn_baizak@', 'topmail.kz'], output: 'utzszn_baizak@topmail.kz' },
    { at: '003:776', lines: ['21644 TRS2008', '@ topmail.kz'], output: '21644 TRS2008@topmail.kz' },
    {
      at: '003:480',
      lines: ['8-72637-21096 21582 baizak_akimat@', '', 'mail.ru'],
      output: '8-72637-21096 21582 baizak_akimat@mail.ru',
    },
    {
      at: '004:475',
      lines: ['8-(71635)-2-13-00 soc_zanita_21@kokshetau. ', 'online.kwww.jaksy.kz'],
      output: '8-(71635)-2-13-00 soc_zanita_21@kokshetau.online.k www.jaksy.kz',
    },
    {
      at: '004:543',
      lines: ['8-(71640)-9-17-43 Sondyktau_OZSP@', 'kokshetau.online.kz, ', 'w w w . s a n d .  ', 'akmol.kz'],
      output: '8-(71640)-9-17-43 Sondyktau_OZSP@kokshetau.online.kz, www.sand.akmol.kz',
    },
    { at: '004:637', lines: ['h t t p : / / w w w .  ', 'z a k u p k i .  ', 'kz'], output: 'http://www.zakupki.kz' },
    {
      at: '004:438',
      lines: ['kokshetau.online.kz,http://', 'www.ereymen.kz/'],
      output: 'kokshetau.online.kz, http://www.ereymen.kz/',
    },
    { at: '001:2621', lines: ['көрсет ілмей-', 'тіндігі жөнінде'], output: 'көрсетілмейтіндігі жөнінде' },
    { at: '001:3947', lines: ['ж е л т о қ -', 'санындағы'], output: 'желтоқсанындағы' },
  ])('$at: joins $lines', ({ lines, output }) => {
    expect(joinLines(block(...lines), 'x.txt').text).toBe(output);
  });

  test('re-glues the e-mails of 004 row 12 split over three lines', () => {
    const n = normaliseFixture('004-split-contacts.txt');
    const joined = joinLines(n.lines, n.file);
    expect(joined.text).toBe('8-(71632)-2-11-68 zer_cz@kokshetau.online.kz, byx@kokshetay.online.kz www.akmol.kz');
    expect(joined.span).toEqual({ file: '004-split-contacts.txt', line: 1, endLine: 4 });
  });

  test('keeps a real compound hyphen and reports it (001:646)', () => {
    const n = normaliseFixture('001-hyphen-compound.txt');
    const joined = joinLines(n.lines, n.file);
    expect(joined.text).toBe('құжаттар, ұйымдастыру-өкімдік шешім)');
    expect(joined.diagnostics.map((d) => [d.code, d.line])).toEqual([['normalise:join-hyphen-kept', 3]]);
  });

  test('glues a column-broken word and a letter-spaced date in the holiday cell (001:3943)', () => {
    const n = normaliseFixture('001-holiday-cell.txt');
    expect(joinLines(n.lines, n.file).text).toBe(
      'Қазақстан Республикасының 2001 жылғы 13 желтоқсанындағы "Қазақстан Республикасының мерекелері туралы" Заңына сәйкес,',
    );
  });

  test('spans the non-blank lines of the block', () => {
    const lines = block('', 'Ақсу ауданы,', 'Жансүгіров кенті,', '');
    expect(joinLines(lines, 'a.txt')).toMatchObject({
      text: 'Ақсу ауданы, Жансүгіров кенті,',
      span: { file: 'a.txt', line: 11, endLine: 12 },
    });
  });
});

describe('a house number ending the address is never glued to the contact below it', () => {
  const cell = (n: ReturnType<typeof normaliseFixture>, from: number, to: number) =>
    joinLines(n.lines.slice(from - 1, to), n.file).text;

  test('Көксу rural rows: `1.` and `2 8 .` before `koksu-akimat.kz` (001:5798-5799, 001:5807-5809)', () => {
    const n = normaliseFixture('001-koksu-rural-rows.txt'); // source lines 5793-5811
    expect(cell(n, 6, 7)).toBe('ст.Айнабулак, Вокзальная, 1. koksu-akimat.kz');
    expect(cell(n, 15, 17)).toBe('Алғабас ауылы, Батыржана, 28. koksu-akimat.kz');
  });

  test('Іле rural rows: `9 .` and `2 1 .` before `iIi_ akimat @mail.ru` (001:5343-5344, 001:5364-5366)', () => {
    const n = normaliseFixture('001-ile-rural-rows.txt'); // source lines 5331-5368
    expect(cell(n, 12, 14)).toBe('Карой ауылы, Тыңдала, 9. iIi_akimat@mail.ru');
    expect(cell(n, 34, 36)).toBe('Междуреченск ауылы, 30 лет Победы, 21. iIi_akimat@mail.ru');
  });

  test('every Көксу and Іле contact line of 001, in both copies of the rural table, stays apart', () => {
    const file = readdirSync(sources).find((f) => f.startsWith('001')) ?? '';
    const n = normaliseSource({ file, text: readFileSync(new URL(file, sources), 'utf8') });
    const filled = n.lines.filter((l) => l.text.trim() !== '');
    const joined = filled.flatMap((l, i) =>
      /^(?:koksu-akimat\.kz|iIi_ akimat @mail\.ru)\s*$/u.test(l.raw)
        ? [joinLines(filled.slice(i - 1, i + 1), file)]
        : [],
    );
    expect(joined).toHaveLength(40); // grep -c: 20 `koksu-akimat.kz`, 20 `iIi_ akimat @mail.ru` (lines 5275-9439)
    expect(joined.filter((j) => /\d\.\S/u.test(j.text)).map((j) => j.text)).toEqual([]);
  });

  test.each([
    { why: 'a house number with a Latin house letter', input: 'Московская, 2a. iIi_akimat@mail.ru' },
    { why: 'a house number before a website', input: 'Вокзальная, 1. koksu-akimat.kz' },
  ])('repairContacts leaves alone $why', ({ input }) => {
    expect(repairContacts(input)).toBe(input);
  });
});
