import { describe, expect, test } from 'vitest';
import { type ActKey, FILES, foldI, segmentedSource } from './load.ts';

/**
 * Counted by hand from the texts: each document's title after its stamp (`... қаулысымен бекітілген`,
 * `БЕКІТІЛДІ`) and each heading line ending in its marker (`стандартына 1-қосымша`, `N 1 қосымша`,
 * `регламентіне 4-қосымша`, a bare `2-қосымша`).
 */
const DOCUMENTS: Record<ActKey, { line: number; docType: string; name: string; appendices: number }[]> = {
  '000': [{ line: 1, docType: 'standard', name: 'Жұмыссыз азаматтарға анықтама беру', appendices: 5 }],
  '001': [
    {
      line: 53,
      docType: 'regulation',
      name: 'Мүгедектерді санаторлық-курорттық жолдамалармен қамтамасыз ету үшін құжаттарды рәсімдеу',
      appendices: 5,
    },
    {
      line: 693,
      docType: 'regulation',
      name: 'Қозғалуы қиындық туғызатын бірінші топ мүгедектеріне жеке көмекшілердің және есту қабілеті нашар мүгедектерге ымдау тілі мамандарының қызметтерін ұсыну үшін құжаттарын рәсімдеу',
      appendices: 5,
    },
    { line: 1360, docType: 'regulation', name: 'Мүгедектердің қоларбалар алуға құжаттарын рәсімдеу', appendices: 5 },
    {
      line: 2000,
      docType: 'regulation',
      name: 'Жұмыспен қамтуға жәрдемдесудің белсенді формаларына қатысу үшін азаматтарға анықтама беру',
      appendices: 4,
    },
    {
      line: 2649,
      docType: 'regulation',
      name: 'Жергілікті өкілді органдардың шешімдері бойынша мұқтаж азаматтардың жекелеген санаттарына әлеуметтік көмек тағайындау және төлеу',
      appendices: 5,
    },
    {
      line: 3354,
      docType: 'regulation',
      name: 'Атаулы әлеуметтік көмек алушыларға өтініш берушінің (отбасының) тиесілігін растайтын анықтама беру',
      appendices: 5,
    },
    {
      line: 6878,
      docType: 'regulation',
      name: '18 жасқа дейінгі балалы отбасыларға мемлекеттік жәрдемақылар тағайындау',
      appendices: 8,
    },
  ],
  '002': [
    { line: 59, docType: 'standard', name: 'Жұмыссыз азаматтарды есепке қою және тіркеу', appendices: 3 },
    {
      line: 1068,
      docType: 'standard',
      name: 'Семей ядролық сынақ полигонында ядролық сынақтардың салдарынан зардап шеккен азаматтарды тіркеу және есепке алу',
      appendices: 3,
    },
    {
      line: 2111,
      docType: 'standard',
      name: 'Мүгедектерге протездік-ортопедиялық көмек ұсыну үшін құжаттарды ресімдеу',
      appendices: 3,
    },
    {
      // The stamp lost its issuer and date lines to the table above: it starts at ` N 32/08 қаулысымен`.
      line: 3136,
      docType: 'standard',
      name: 'Мүгедектерді сурдо-, тифлоқұралдармен және міндетті гигиеналық құралдармен қамсыздандыру үшін оларға құжаттар ресімдеу',
      appendices: 3,
    },
    {
      line: 4205,
      docType: 'standard',
      name: '18 жасқа дейінгі балалары бар отбасыларға мемлекеттік жәрдемақылар тағайындау',
      appendices: 4,
    },
    // Only ` БЕКІТІЛДІ` is left of this stamp.
    { line: 6035, docType: 'standard', name: 'Тұрғын үй көмегін тағайындау', appendices: 3 },
    {
      line: 7008,
      docType: 'standard',
      name: 'Мемлекеттік және мемлекеттік емес медициналық - әлеуметтік мекемелерде әлеуметтік қызмет көрсетуге құжаттар ресімдеу',
      appendices: 3,
    },
    {
      line: 8047,
      docType: 'standard',
      name: 'Мүгедектерге үйінде, оның ішінде бөгде адамның күтіміне және жәрдеміне мұқтаж мүгедек балаларға әлеуметтік қызмет көрсетуге арналған құжаттарды ресімдеу',
      appendices: 3,
    },
    {
      line: 9092,
      docType: 'standard',
      name: 'Жергілікті өкілетті органдардың шешімдері бойынша мұқтаж азаматтардың жекелеген санаттарына әлеуметтік көмек тағайындау және төлеу',
      appendices: 3,
    },
    {
      line: 10103,
      docType: 'standard',
      name: 'Үйде тәрбиеленетін және оқитын мүгедек балаларды материалдық қамтамасыз ету үшін құжаттар ресімдеу',
      appendices: 3,
    },
    {
      line: 11128,
      docType: 'standard',
      name: 'Отын сатып алу бойынша ауылдық жерде тұратын әлеуметтік сала мамандарына әлеуметтік көмек тағайындау',
      appendices: 4,
    },
    { line: 12600, docType: 'standard', name: 'Мемлекеттік атаулы әлеуметтік көмек тағайындау', appendices: 4 },
    { line: 14392, docType: 'standard', name: 'Жұмыссыз азаматтарға анықтама беру', appendices: 3 },
  ],
  '003': [
    // No quotes: `Мемлекеттік қызмет көрсетудің стандарты Мемлекеттік атаулы` / `әлеуметтік көмек тағайындау 1. Жалпы ережелер`.
    { line: 27, docType: 'standard', name: 'Мемлекеттік атаулы әлеуметтік көмек тағайындау', appendices: 3 },
    { line: 544, docType: 'standard', name: 'Жұмыссыз азаматтарға анықтама беру', appendices: 3 },
  ],
  '004': [
    {
      line: 27,
      docType: 'standard',
      name: 'Мемлекеттік және мемлекеттік емес медициналық-әлеуметтік мекемелерде әлеуметтік қызмет көрсетуге арналған құжаттарды ресімдеу',
      appendices: 2,
    },
  ],
};

describe('segmentSource on the five acts', () => {
  test('finds 24 service documents in all', () => {
    const total = (Object.keys(FILES) as ActKey[]).reduce((n, act) => n + segmentedSource(act).documents.length, 0);
    expect(total).toBe(24);
  });

  test.each(Object.keys(DOCUMENTS) as ActKey[])(
    'finds the documents of %s with their names, kinds and appendices',
    (act) => {
      const found = segmentedSource(act).documents.map((d) => ({
        line: d.span.line,
        docType: d.docType,
        name: foldI(d.name),
        appendices: d.appendices.length,
      }));
      expect(found).toEqual(DOCUMENTS[act]);
    },
  );

  test.each(Object.keys(DOCUMENTS) as ActKey[])('numbers the appendices of %s 1, 2, 3 ... in every document', (act) => {
    for (const doc of segmentedSource(act).documents) {
      expect(doc.appendices.map((a) => a.number)).toEqual(doc.appendices.map((_, i) => i + 1));
      expect(doc.appendices.every((a) => a.documentOrdinal === doc.ordinal)).toBe(true);
    }
  });

  test('keeps the act head before the first stamp, and none for 000', () => {
    expect(segmentedSource('000').act.lines).toEqual([]);
    expect(segmentedSource('001').act.span).toEqual({ file: FILES['001'], line: 1, endLine: 52 });
    expect(segmentedSource('002').act.span).toEqual({ file: FILES['002'], line: 1, endLine: 58 });
    expect(segmentedSource('004').act.span).toEqual({ file: FILES['004'], line: 1, endLine: 26 });
  });

  test.each([
    { act: '000', doc: 1, number: 1, line: 75, title: 'Уәкілетті органдардың мекенжайлары мен байланыс деректері' },
    { act: '000', doc: 1, number: 4, line: 1835, title: 'Кесте. Сапа мен тиімділік көрсеткіштерінің мәні' },
    {
      act: '001',
      doc: 1,
      number: 1,
      line: 168,
      title: 'Алматы облысының аудандық, қалалық жұмыспен қамту және әлеуметтік бағдарламалар бөлімдері',
    },
    // A form with no title: it starts with its blanks, `_________тұтынушының аты-жөні`.
    { act: '001', doc: 1, number: 3, line: 554, title: '' },
    {
      act: '001',
      doc: 6,
      number: 2,
      line: 3895,
      title: 'Тұтынушының өтінішін қабылдайтын кенттік, ауылдық әкімдіктер',
    },
    {
      act: '002',
      doc: 11,
      number: 4,
      line: 12343,
      title: 'Аудан әкімдерінің байланыс мәліметтері мен қабылдау кестелері',
    },
    {
      act: '003',
      doc: 1,
      number: 1,
      line: 173,
      title:
        'Аудандар мен Тараз қаласы әкімияттарының жұмыспен қамту және әлеуметтік бағдарламалар бөлімдері байланыс деректері',
    },
    { act: '004', doc: 1, number: 2, line: 641, title: 'Сапа және қол жетімділік көрсеткіштерінің мәні' },
  ] as const)(
    'reads appendix $number of $act document $doc at line $line as «$title»',
    ({ act, doc, number, line, title }) => {
      const appendix = segmentedSource(act).documents[doc - 1]?.appendices[number - 1];
      expect(appendix?.span.line).toBe(line);
      expect(foldI(appendix?.title ?? '')).toBe(title);
    },
  );

  test('starts the body of an appendix after its title: 000 appendix 1 opens with its first region heading', () => {
    const appendix = segmentedSource('000').documents[0]?.appendices[0];
    expect(appendix?.lines[0]?.line).toBe(80);
    expect(foldI(appendix?.lines[0]?.text ?? '')).toBe(
      'Ақмола облысының аудандық, қалалық жұмыспен қамту және әлеуметтік бағдарламалар бөлімдері',
    );
  });

  test('ends each document where the next stamp begins', () => {
    const docs = segmentedSource('001').documents;
    expect(docs[0]?.span).toEqual({ file: FILES['001'], line: 53, endLine: 691 });
    expect(docs[0]?.appendices.at(-1)?.span.endLine).toBe(691);
  });

  test('reports the two clauses numbered 11 in 001 document 7 and nothing worse in the five acts', () => {
    const all = (Object.keys(FILES) as ActKey[]).flatMap((act) => segmentedSource(act).diagnostics);
    expect(all.filter((d) => d.severity !== 'info').map((d) => [d.file, d.line, d.code])).toEqual([
      [FILES['001'], 7011, 'duplicate-clause-number'],
    ]);
    expect(all.filter((d) => d.severity === 'info').map((d) => [d.line, d.code])).toEqual([
      [7109, 'clause-number-gap'],
    ]);
  });
});
