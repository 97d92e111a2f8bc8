import { describe, expect, test } from 'vitest';
import { joinWrapped, splitParagraphs } from '../../../../scripts/ingest/parse/tables/paragraph-blocks.ts';
import {
  districtFromName,
  splitCabinet,
  splitPhonesAndContacts,
} from '../../../../scripts/ingest/parse/tables/paragraph-cell-splits.ts';

describe('paragraph blocks and cell splits', () => {
  test('splits lines into paragraphs at blank lines, keeping source lines', () => {
    const lines = ['1', '', '"Тараз қаласы ', 'бөлімі"', '', '', '', 'x'].map((text, i) => ({
      line: 181 + i,
      raw: text,
      text,
    }));
    const paragraphs = splitParagraphs('f.txt', lines);
    expect(paragraphs.map((p) => [p.span.line, p.span.endLine])).toEqual([
      [181, 181],
      [183, 184],
      [188, 188],
    ]);
  });

  test.each([
    {
      parts: ['Тараз қаласы, ', 'Достоевский көшесі, ', '14 кабинет N 201'],
      out: 'Тараз қаласы, Достоевский көшесі, 14 кабинет N 201',
    },
    { parts: ['Балуан Шолақ көшесі', ', 189 кабинет N 104'], out: 'Балуан Шолақ көшесі, 189 кабинет N 104' },
    { parts: ['utzszn_baizak@', 'topmail.kz'], out: 'utzszn_baizak@topmail.kz' },
    { parts: ['21644 TRS2008', '@ topmail.kz'], out: '21644 TRS2008@ topmail.kz' },
    { parts: ['мемлекеттік мекемесі (', 'әрі қарай ММ)'], out: 'мемлекеттік мекемесі (әрі қарай ММ)' },
    { parts: ['8-(71645)6-26-336-', '20-30'], out: '8-(71645)6-26-336-20-30' },
    { parts: ['soc-progr@yandex.', 'ru, www.akmol.kz'], out: 'soc-progr@yandex.ru, www.akmol.kz' },
    { parts: ['kokshetau.online.kz,http://', 'www.ereymen.kz/'], out: 'kokshetau.online.kz,http://www.ereymen.kz/' },
    { parts: ['Ақкөл  ауданы,  ', 'Ақкөл  қаласы,   '], out: 'Ақкөл ауданы, Ақкөл қаласы,' },
  ])('joins $parts into «$out»', ({ parts, out }) => {
    expect(joinWrapped(parts)).toBe(out);
  });

  test.each([
    {
      text: '8-7262-345124, 342879 sobes-taraz@mail.ru',
      phones: '8-7262-345124, 342879',
      contacts: 'sobes-taraz@mail.ru',
    },
    {
      text: '8-72637-21971, 2 2 3 3 8 utzszn_baizak@topmail.kz',
      phones: '8-72637-21971, 2 2 3 3 8',
      contacts: 'utzszn_baizak@topmail.kz',
    },
    { text: '87263461437 63281 www.sarysu.ku', phones: '87263461437 63281', contacts: 'www.sarysu.ku' },
    { text: '8-(7162) -31-92-76 31-92-81', phones: '8-(7162) -31-92-76 31-92-81', contacts: undefined },
    { text: 'www.akimatkorday.kz', phones: undefined, contacts: 'www.akimatkorday.kz' },
  ])('splits «$text» into phones and e-mail/site', ({ text, phones, contacts }) => {
    expect(splitPhonesAndContacts(text)).toEqual({
      ...(phones ? { phones } : {}),
      ...(contacts ? { contacts } : {}),
    });
  });

  test.each([
    {
      text: 'Тараз қаласы, Достоевский көшесі, 14 кабинет N 201',
      address: 'Тараз қаласы, Достоевский көшесі, 14',
      cabinet: '201',
    },
    {
      text: 'Құлан ауылы, Жібек жолы көшесі, 83 2 қабат кабинет N 204',
      address: 'Құлан ауылы, Жібек жолы көшесі, 83 2 қабат',
      cabinet: '204',
    },
    { text: 'Аса ауылы, Абай көшесі 123', address: 'Аса ауылы, Абай көшесі 123', cabinet: undefined },
  ])('takes cabinet $cabinet out of «$text»', ({ text, address, cabinet }) => {
    expect(splitCabinet(text)).toEqual({ address, ...(cabinet ? { cabinet } : {}) });
  });

  test.each([
    {
      name: '"Байзақ ауданының әкімиятының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі" ММ',
      district: 'Байзақ ауданы',
    },
    { name: 'Тараз қаласы әкімияты', district: 'Тараз қаласы' },
    { name: '"Т.Рысқұлов ауданының әкімиятының жұмыспен қамту', district: 'Т.Рысқұлов ауданы' },
    { name: 'Тұрар Рысқұлов ауданының әкімияты', district: 'Тұрар Рысқұлов ауданы' },
    {
      name: '"Степногорск қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі"',
      district: 'Степногорск қаласы',
    },
    { name: '"Облыстық жұмыспен қамту басқармасы"', district: null },
  ])('finds district $district in «$name»', ({ name, district }) => {
    expect(districtFromName(name)).toBe(district);
  });
});
