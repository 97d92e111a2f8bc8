import { describe, expect, test } from 'vitest';
import { foldHomoglyphs } from '../../../../scripts/ingest/parse/service/match-text.ts';
import { parseRequiredDocuments } from '../../../../scripts/ingest/parse/service/parse-required-documents.ts';
import { sourceFile } from '../../../helpers/source-files.ts';
import { clausesFrom, fixtureClauses } from './helpers.ts';

const F000 = sourceFile('000');
const F002 = sourceFile('002');
const F003 = sourceFile('003');

describe('parseRequiredDocuments', () => {
  test('gives 000 clause 11 its identity document per category of person as items', () => {
    const docs = parseRequiredDocuments(fixtureClauses('000-documents-clause-11.txt', F000, 35), F000);
    expect(docs.map((d) => d.sources[0]?.line)).toEqual([36, 40, 41]);
    expect(foldHomoglyphs(docs[0]?.text ?? '')).toBe('жеке басын куәландыратын құжаттар:');
    expect(docs[0]?.items.map(foldHomoglyphs)).toEqual([
      'Қазақстан азаматтары – жеке куәлік (паспорт);',
      'шетелдіктер және азаматтығы жоқ адамдар – шетелдіктің Қазақстан Республикасында тұруға ыхтиярхаты және азаматтығы жоқ адамның ішкі істер органдарында тіркелгені туралы белгісі бар куәлігі;',
      'оралмандар – оралман куәлігі;',
    ]);
    expect(foldHomoglyphs(docs[1]?.text ?? '')).toBe(
      'мемлекеттік қызмет алу үшін барған орталық беретін толтырылған өтініш нысанын.',
    );
  });

  test('reads 003\'s letter-spaced sub-clauses "1 2 . 1 .  Б е л г і л е н г е н" as four documents', () => {
    const docs = parseRequiredDocuments(fixtureClauses('003-documents-sub-clauses.txt', F003, 84), F003);
    expect(docs.map((d) => [d.sources[0]?.line, d.text])).toEqual([
      [87, 'Белгіленген үлгідегі өтініш;'],
      [88, 'Өтініш иесі отбасының құрамы туралы белгіленген үлгідегі мәлімет;'],
      [89, 'Өтініш иесі отбасы мүшелерінің табыстары туралы белгіленген үлгідегі мәлімет;'],
      [91, 'Жеке шаруа қожалығының бар-жоқтығы туралы белгіленген үлгідегі мәлімет.'],
    ]);
  });

  test("keeps 002's unnumbered lines after the list as documents of their own", () => {
    const docs = parseRequiredDocuments(fixtureClauses('002-documents-clause-12.txt', F002, 127), F002);
    expect(docs.map((d) => d.text.slice(0, 30))).toEqual([
      'жеке бас куәлігі (паспорт);',
      'еңбек қызметін растайтын құжат',
      'әлеуметтік жеке кодтың берілге',
      'салық төлеушінің тіркеу нөмірі',
      'Жоғарыда көрсетілген құжаттард',
      'Шетелдіктер және азаматтығы жо',
      'Оралмандар халықтың көші-қон м',
    ]);
    expect(docs.every((d) => d.items.length === 0)).toBe(true);
  });

  test('finds no list in a clause that only mentions the list (002 clause 11) or refers to other rules', () => {
    const lines = [
      '      11. Осы мемлекеттік қызметті ұсыну орындарында ... қажетті құжаттар тізбесі мен оларды толтыру үлгілері бар ақпараттық стендтер.',
      '      12. Мемлекеттік қызметті алу үшін қажетті құжаттар тізімі Ереже негізінде анықталады.',
    ].map((text, i) => ({ line: i + 1, raw: text, text }));
    expect(parseRequiredDocuments(clausesFrom(lines, 'x.txt'), 'x.txt')).toEqual([]);
  });
});
