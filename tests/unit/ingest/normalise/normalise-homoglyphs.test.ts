import { describe, expect, test } from 'vitest';
import { normaliseLine } from '../../../../scripts/ingest/normalise/index.ts';
import { foldHomoglyphs } from '../../../../scripts/ingest/normalise/normalise-homoglyphs.ts';

describe('homoglyph folding', () => {
  test.each([
    { at: '000:2', input: 'Үкiметiнiң', output: 'Үкіметінің' },
    { at: '000:10', input: 'iшiнара автоматтандырылмаған', output: 'ішінара автоматтандырылмаған' },
    { at: '000 (бөлiмi)', input: 'бағдарламалар бөлiмi', output: 'бағдарламалар бөлімі' },
    { at: '001:21', input: 'облыс әкімдігі ҚАУЛЫ ЕТЕДI:', output: 'облыс әкімдігі ҚАУЛЫ ЕТЕДІ:' },
    { at: '000 (Iле)', input: 'Iле ауданы', output: 'Іле ауданы' },
    { at: '000 (Cағат)', input: 'Cағат 9-00 бастап', output: 'Сағат 9-00 бастап' },
    { at: '004:303', input: 'Нyрмағамбетов көшесі, 81', output: 'Нурмағамбетов көшесі, 81' },
    { at: '001:311', input: 'rotzszn@mail.оnline.kz', output: 'rotzszn@mail.online.kz' },
    { at: '002:391', input: 'ulutauzһez@mail.ru', output: 'ulutauzhez@mail.ru' },
    { at: '002:656', input: 'аkimat07@mail.ru', output: 'akimat07@mail.ru' },
    { at: '002:1004', input: 'оsak_izbirkom@mail.kz', output: 'osak_izbirkom@mail.kz' },
  ])("$at: folds '$input' to '$output'", ({ input, output }) => {
    expect(normaliseLine(input)).toBe(output);
  });

  test.each([
    { why: 'an e-mail with Latin i', input: 'akkol_ozsp@mail.ru' },
    { why: 'a government URL', input: 'www.enbek.gov.kz' },
    { why: 'a bare mail host', input: 'mail.ru' },
    { why: 'a Latin login with digits', input: 'TRS2008' },
    { why: 'an e-mail full of Latin homoglyph letters', input: 'sobes_kokshe@kokshetau.online.kz' },
    { why: 'the number sign N after a full stop (003:66)', input: 'әкімиятының 2008.09.25 Қаулысымен.N 305' },
    { why: 'a displaced N glued to a Cyrillic word (003:127)', input: 'көрсеткіштеріменN 2 қосымшасына' },
    { why: 'a URL whose Cyrillic part has no Latin twin (002:1003)', input: 'www.osak_акимат.kz' },
  ])('does not touch $why', ({ input }) => {
    expect(foldHomoglyphs(input)).toBe(input);
  });

  test('reports the kept mixed-script tokens as notes', () => {
    const notes: { code: string; message: string }[] = [];
    foldHomoglyphs('www.osak_акимат.kz көрсеткіштеріменN', notes);
    expect(notes.map((n) => n.code)).toEqual(['mixed-script-contact', 'mixed-script-word']);
  });
});
