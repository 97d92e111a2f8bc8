/**
 * Required, conditional and remark entries of the lists of documents, on clauses cut byte-identical from
 * the acts. The expected conditions are the act's own words, read from each fixture.
 */
import { describe, expect, test } from 'vitest';
import {
  classifyDocumentEntries,
  documentCondition,
} from '../../../../scripts/ingest/parse/service/classify-document-entries.ts';
import { foldHomoglyphs } from '../../../../scripts/ingest/parse/service/match-text.ts';
import { parseRequiredDocuments } from '../../../../scripts/ingest/parse/service/parse-required-documents.ts';
import { sourceFile } from '../../../helpers/source-files.ts';
import { fixtureClauses } from './helpers.ts';

const F000 = sourceFile('000');
const F002 = sourceFile('002');
const F004 = sourceFile('004');

/** Each entry as `line kind [condition]`, homoglyphs folded so expectations read as Kazakh. */
function classified(fixture: string, file: string, firstLine: number, serviceName: string) {
  const entries = classifyDocumentEntries(
    parseRequiredDocuments(fixtureClauses(fixture, file, firstLine), file),
    serviceName,
  );
  return entries.map((e) => ({
    line: e.sources[0]?.line,
    kind: e.kind,
    condition: e.condition ? foldHomoglyphs(e.condition) : null,
  }));
}

describe('remarks are not documents to bring', () => {
  test('000 clause 11: the forms on the stand in the waiting hall are a remark', () => {
    const entries = classified('000-documents-clause-11.txt', F000, 35, 'Жұмыссыз азаматтарға анықтама беру');
    expect(entries).toEqual([
      { line: 36, kind: 'required', condition: null },
      { line: 40, kind: 'required', condition: null },
      // `Орталықта өтініш нысандары күту залындағы арнайы тағанда орналастырылады.`
      { line: 41, kind: 'remark', condition: null },
    ]);
  });

  test('002 standard 5: originals returned after checking are a remark; guardians and proxies are conditions', () => {
    const entries = classified(
      '002-documents-standard-5.txt',
      F002,
      4284,
      '18 жасқа дейінгі балалары бар отбасыларға мемлекеттік жәрдемақылар тағайындау',
    );
    expect(entries.map((e) => e.kind)).toEqual([
      'required',
      'required',
      'required',
      'required',
      'required',
      // Negative: `... 18 жасқа дейінгі балалы отбасыларға жәрдемақы ...` names families mid-sentence.
      'required',
      'conditional',
      'conditional',
      'remark',
    ]);
    expect(entries[6]?.condition).toBe(
      'Ата-анасының біреуі, қорғаншылары немесе қамқоршылары жәрдемақы тағайындау туралы жеке өтініш жасай алмайтын жағдайда',
    );
    expect(entries[7]?.condition).toBe('Асырап алушылар, қорғаншылар (қамқоршылар)');
    expect(entries[8]?.line).toBe(4302);
  });
});

describe('conditional documents keep their condition as written', () => {
  test("002 standard 1: foreigners' and oralmans' papers; the job seeker's income statement is for everyone", () => {
    const entries = classified('002-documents-clause-12.txt', F002, 127, 'Жұмыссыз азаматтарды есепке қою және тіркеу');
    expect(entries.map((e) => [e.kind, e.condition])).toEqual([
      ['required', null],
      ['required', null],
      ['required', null],
      ['required', null],
      ['required', null],
      ['conditional', 'Шетелдіктер және азаматтығы жоқ тұлғалар'],
      ['conditional', 'Оралмандар'],
    ]);
  });

  test('002 standard 3: war veterans and the injured at work; the service is for the disabled, so they are everyone', () => {
    const entries = classified(
      '002-documents-standard-3.txt',
      F002,
      2196,
      'Мүгедектерге протездік-ортопедиялық көмек ұсыну үшін құжаттарды ресімдеу',
    );
    expect(entries.map((e) => [e.kind, e.condition])).toEqual([
      ['required', null],
      ['required', null],
      ['conditional', 'Ұлы Отан соғысы қатысушыларына және Ұлы Отан соғысы мүгедектеріне теңестірілген тұлғаларға'],
      ['conditional', 'Ұлы Отан соғысы қатысушыларына'],
      ['conditional', 'еңбек жарақатынан (кәсіби науқастан) болған мүгедектерге'],
      ['remark', null],
    ]);
  });

  test('002 standard 4: one list per kind of aid, and a proxy when the person cannot come', () => {
    const entries = classified(
      '002-documents-standard-4.txt',
      F002,
      3229,
      'Мүгедектерді сурдо-, тифлоқұралдармен және міндетті гигиеналық құралдармен қамсыздандыру үшін оларға құжаттар ресімдеу',
    );
    expect(entries.map((e) => [e.kind, e.condition])).toEqual([
      ['conditional', 'Сурдотехникалық құралдармен қамтамасыз етуге'],
      ['conditional', 'Тифлотехникалық құралдармен қамтамасыз етуге'],
      ['conditional', 'Міндетті гигиеналық құралдармен қамтамасыз етуге'],
      ['conditional', 'Мүгедектің өзі келу мүмкіндігі болмаған жағдайда'],
      ['remark', null],
    ]);
  });

  test('002 standard 2: the court decision only if the archives are lost', () => {
    const entries = classified(
      '002-documents-standard-2.txt',
      F002,
      1143,
      'Семей ядролық сынақ полигонында ядролық сынақтардың салдарынан зардап шеккен азаматтарды тіркеу және есепке алу',
    );
    expect(entries.filter((e) => e.kind !== 'required')).toEqual([
      {
        line: 1173,
        kind: 'conditional',
        condition: 'Егер тұру фактісі мен кезеңін растайтын мұрағаттық және өзге де құжаттар сақталмаса',
      },
      { line: 1175, kind: 'remark', condition: null },
    ]);
  });

  test('002 standard 7: the pension certificate for people of pension age, extra papers for the disabled', () => {
    const entries = classified(
      '002-documents-standard-7.txt',
      F002,
      7071,
      'Мемлекеттік және мемлекеттік емес медициналық - әлеуметтік мекемелерде әлеуметтік қызмет көрсетуге құжаттар ресімдеу',
    );
    expect(entries.filter((e) => e.kind !== 'required')).toEqual([
      { line: 7085, kind: 'conditional', condition: 'зейнеткерлік жастағы тұлғалар үшін' },
      { line: 7089, kind: 'conditional', condition: 'Мүгедектерге' },
    ]);
  });

  test('004 clause 12: one list per kind of institution', () => {
    const entries = classified(
      '004-documents-clause-12.txt',
      F004,
      140,
      'Мемлекеттік және мемлекеттік емес медициналық-әлеуметтік мекемелерде әлеуметтік қызмет көрсетуге арналған құжаттарды ресімдеу',
    );
    expect(entries.map((e) => e.condition)).toEqual([
      'қарттар мен жалпы үлгідегі мүгедектерге арналған мемлекеттік медициналық-әлеуметтік мекемелерге қабылдау үшін',
      // `мүгедектер үшін қосымша:` (line 156) inside the first list: extra papers for the disabled only.
      'мүгедектер үшін',
      'балалар психоневрологиялық медициналық-әлеуметтік мекемелерге қабылдау үшін',
      'психоневрологиялық медициналық-әлеуметтік мекемелерге қабылдау үшін',
    ]);
  });

  test('004 clause 12: the sub-heading «мүгедектер үшін қосымша:» heads its items, within the first list', () => {
    const raw = fixtureClauses('004-documents-clause-12.txt', F004, 140);
    const docs = parseRequiredDocuments(raw, F004);
    const lineText = (n: number) =>
      foldHomoglyphs(raw.flatMap((c) => c.lines).find((l) => l.line === n)?.text ?? '')
        .replace(/\s+/g, ' ')
        .trim();
    expect(lineText(156)).toBe('мүгедектер үшін қосымша:');
    const sub = docs.find((d) => d.sources[0]?.line === 156);
    expect(foldHomoglyphs(sub?.text ?? '')).toBe('мүгедектер үшін қосымша:');
    expect(sub?.within).toBe(docs[0]?.text);
    expect(sub?.items.map(foldHomoglyphs)).toEqual([
      'мүгедектігі туралы анықтамадан үзінді көшірме;',
      'мүгедекті жеке оңалтудың бағдарламасынан үзінді көшірме',
    ]);
    // The first list no longer holds the sub-heading nor the papers under it.
    expect(docs[0]?.items.map(foldHomoglyphs)).not.toContain('мүгедектер үшін қосымша:');
    expect(docs[0]?.items).toHaveLength(9);
  });

  test('004 clause 12: «… негізінде жүзеге асырылады» leaves the last item of each list, kept as the closing words', () => {
    const docs = parseRequiredDocuments(fixtureClauses('004-documents-clause-12.txt', F004, 140), F004);
    const withClosing = docs.filter((d) => d.closing);
    expect(withClosing.map((d) => d.sources[0]?.line)).toEqual([156, 160, 177]);
    for (const d of withClosing) {
      expect(foldHomoglyphs(d.closing ?? '')).toBe('негізінде жүзеге асырылады.');
      for (const item of d.items) expect(foldHomoglyphs(item)).not.toMatch(/жүзеге асырылады/u);
    }
    expect(foldHomoglyphs(docs.at(-1)?.items.at(-1) ?? '')).toBe(
      'адамды іс-әрекетке қабілетсіз деп тану туралы сот шешімінің (бар болса)',
    );
  });
});

describe('negative cases: required documents that mention people or cases', () => {
  test('002 standard 12: `... ұсынған жағдайда` inside brackets says how the paper is made', () => {
    const entries = classified(
      '002-documents-standard-12.txt',
      F002,
      12673,
      'Мемлекеттік атаулы әлеуметтік көмек тағайындау',
    );
    expect(entries.map((e) => e.kind)).toEqual(['required', 'required', 'required', 'required']);
  });

  test.each([
    // 002 standard 10, line 10178: an identity document for all, the oralman's paper named in passing.
    'тұтынушының жеке басын куәландыратын құжат, сонымен қатар оралмандар үшін тұру қағазы немесе оралман куәлігі;',
    // 002 standard 8, line 8120: the birth certificate stands in for the identity card of children.
    'жеке куәлік, (16 жасқа толмаған мүгедек балаларға арналған) туу туралы куәлік;',
    // 000 clause 11: a heading over the identity document of every category.
    'жеке басын куәландыратын құжаттар:',
    'өтініш;',
  ])('«%s» has no condition', (text) => {
    expect(
      documentCondition(
        text,
        'Үйде тәрбиеленетін және оқитын мүгедек балаларды материалдық қамтамасыз ету үшін құжаттар ресімдеу',
      ),
    ).toBeNull();
  });
});
