import { describe, expect, test } from 'vitest';
import { findKazakhDates, parseKazakhDate } from '../../../scripts/ingest/parse/parse-act-dates.ts';
import { parseActHead } from '../../../scripts/ingest/parse/parse-act-head.ts';
import { parseAmendments } from '../../../scripts/ingest/parse/parse-amendments.ts';
import { segmentSource } from '../../../scripts/ingest/segment/segment-source.ts';
import { type Act, actSchema } from '../../../src/schemas/act.ts';
import { type ActKey, FILES, foldI, normalise, readFixture, segmentedSource } from './segment/load.ts';

function actFrom(act: ActKey, text: string) {
  return parseActHead(segmentSource(normalise(act, text)));
}

const src = (act: ActKey, line: number) => [{ file: FILES[act], line }];

/** The full expected Act for each head fixture (the head and the first stamp, cut from line 1). */
const HEADS: { act: ActKey; fixture: string; expected: Act }[] = [
  {
    act: '000',
    fixture: 'act-head/000-stamp.txt',
    expected: {
      id: '2011-394',
      title: 'Қазақстан Республикасы Үкіметінің 2011 жылғы 7 сәуірдегі № 394 қаулысы',
      issuer: 'Қазақстан Республикасының Үкіметі',
      date: '2011-04-07',
      number: '394',
      registration: null,
      status: 'unknown',
      repealedBy: null,
      documents: [],
      file: FILES['000'],
      region: null,
      amendments: [],
      flags: [
        {
          code: 'act-head-missing',
          message: 'the text has no act header (title, status, registration); the act is read from the approval stamp',
          sources: src('000', 1),
        },
      ],
      sources: src('000', 1),
    },
  },
  {
    act: '001',
    fixture: 'act-head/001-head.txt',
    expected: {
      id: '2012-349',
      title: 'Мемлекеттік қызмет көрсету регламенттерін бекіту туралы',
      issuer: 'Алматы облысы әкімдігі',
      date: '2012-11-05',
      number: '349',
      registration: { number: '2221', date: '2012-12-10' },
      status: 'repealed',
      repealedBy: { issuer: 'Алматы облысы әкімдігі', date: '2014-06-02', number: '196' },
      documents: [],
      file: FILES['001'],
      region: 'Алматы облысы',
      amendments: [
        {
          text: 'Ескерту. Күші жойылды - Алматы облысы әкімдігінің 02.06.2014 № 196 қаулысымен.',
          by: { issuer: 'Алматы облысы әкімдігі', date: '2014-06-02', number: '196' },
          sources: src('001', 9),
        },
      ],
      flags: [],
      sources: src('001', 5),
    },
  },
  {
    act: '002',
    fixture: 'act-head/002-head.txt',
    expected: {
      id: '2008-32-08',
      title: 'Мемлекеттік қызметтерді көрсетудің стандарттарын бекіту туралы',
      issuer: 'Қарағанды облысының әкімдігі',
      date: '2008-11-25',
      number: '32/08',
      // Line 9 carries the whole registration: `... Әділет департаментінде 2008 жылғы 30 желтоқсанда N 1863 тіркелді.`
      registration: { number: '1863', date: '2008-12-30' },
      status: 'repealed',
      repealedBy: { issuer: 'Қарағанды облысының әкімдігі', date: '2009-07-07', number: '18/10' },
      documents: [],
      file: FILES['002'],
      region: 'Қарағанды облысы',
      amendments: [
        {
          text: 'Ескерту. Күші жойылды - Қарағанды облысының әкімдігінің 2009.07.07 N 18/10 қаулысымен.',
          by: { issuer: 'Қарағанды облысының әкімдігі', date: '2009-07-07', number: '18/10' },
          sources: src('002', 10),
        },
      ],
      flags: [],
      sources: src('002', 9),
    },
  },
  {
    act: '003',
    fixture: 'act-head/003-head.txt',
    expected: {
      id: '2008-120',
      title: 'Мемлекеттік қызмет көрсету стандарттарын бекіту туралы',
      issuer: 'Жамбыл облысы әкімияты',
      date: '2008-04-25',
      number: '120',
      registration: { number: '1692', date: '2008-06-06' },
      status: 'repealed',
      // Repealed by the akimat under its later name, әкімдігі.
      repealedBy: { issuer: 'Жамбыл облысы әкімдігі', date: '2010-09-02', number: '254' },
      documents: [],
      file: FILES['003'],
      region: 'Жамбыл облысы',
      amendments: [
        {
          text: 'Ескерту. Күші жойылды - Жамбыл облысы әкімдігінің 2010.09.02 № 254 Қаулысымен.',
          by: { issuer: 'Жамбыл облысы әкімдігі', date: '2010-09-02', number: '254' },
          sources: src('003', 9),
        },
      ],
      flags: [],
      sources: src('003', 5),
    },
  },
  {
    act: '004',
    fixture: 'act-head/004-head.txt',
    expected: {
      id: '2008-a-6-342',
      title:
        '"Мемлекеттік және мемлекеттік емес медициналық-әлеуметтік мекемелерде әлеуметтік қызмет көрсетуге арналған құжаттарды ресімдеу" мемлекеттік қызмет көрсетудің стандартын бекіту туралы',
      issuer: 'Ақмола облысы әкімдігі',
      date: '2008-08-11',
      number: 'А-6/342',
      registration: { number: '3268', date: '2008-09-04' },
      status: 'repealed',
      repealedBy: { issuer: 'Ақмола облысы әкімдігі', date: '2011-03-10', number: 'а-2/68' },
      documents: [],
      file: FILES['004'],
      region: 'Ақмола облысы',
      amendments: [
        {
          // The note ends on the letter-spaced `қ а у л ы с ы м е н` (line 12); compared below without it.
          text: 'Ескерту. Күші жойылды - Ақмола облысы әкімдігінің 2011.03.10 № а-2/68',
          by: { issuer: 'Ақмола облысы әкімдігі', date: '2011-03-10', number: 'а-2/68' },
          sources: src('004', 11),
        },
      ],
      flags: [],
      sources: src('004', 7),
    },
  },
];

/** Drops the letter-spaced tail 004's note may keep until the normaliser rejoins it. */
function comparable(act: Act | null): Act | null {
  if (!act) return null;
  return {
    ...act,
    title: foldI(act.title),
    amendments: act.amendments.map((a) => ({
      ...a,
      text: a.text.replace(/\s+қ\s?а\s?у\s?л\s?ы\s?с\s?ы\s?м\s?е\s?н$/u, ''),
    })),
  };
}

describe('parseActHead', () => {
  test.each(HEADS)('reads the act of $act from its head fixture', ({ act, fixture, expected }) => {
    const result = actFrom(act, readFixture(fixture));
    expect(result.diagnostics).toEqual([]);
    expect(comparable(result.act)).toEqual(expected);
    expect(actSchema.safeParse(result.act).success).toBe(true);
  });

  test.each(Object.keys(FILES) as ActKey[])('reads a valid act from the whole of %s', (act) => {
    const result = parseActHead(segmentedSource(act));
    expect(result.diagnostics).toEqual([]);
    expect(actSchema.safeParse(result.act).success).toBe(true);
    expect(result.act?.id).toBe(HEADS.find((h) => h.act === act)?.expected.id);
  });

  test('collects every `Ескерту.` note of 003, the one pasted twice flagged', () => {
    const act = parseActHead(segmentedSource('003')).act;
    const amendment = {
      text: 'Ескерту. 7-тармақтың 1) тармақшасына өзгерту енгізілді - Жамбыл облысы әкімиятының 2008.09.25 Қаулысымен.N 305',
      by: { issuer: 'Жамбыл облысы әкімияты', date: '2008-09-25', number: '305' },
    };
    expect(act?.amendments.map((a) => a.sources[0]?.line)).toEqual([9, 65, 108]);
    expect(act?.amendments.slice(1)).toEqual([
      { ...amendment, sources: src('003', 65) },
      { ...amendment, sources: src('003', 108) },
    ]);
    expect(act?.flags.map((f) => [f.code, f.sources[0]?.line])).toEqual([['amendment-note-repeated', 108]]);
  });

  test('reads notes with their wrapped second line (003 lines 59-110 fixture)', () => {
    const lines = normalise('003', readFixture('act-head/003-amendment-notes.txt')).lines;
    const { amendments } = parseAmendments(lines, FILES['003']);
    // Fixture line 7 is source line 65; line 50 is source line 108.
    expect(amendments.map((a) => [a.sources[0]?.line, a.by?.number, a.by?.date])).toEqual([
      [7, '305', '2008-09-25'],
      [50, '305', '2008-09-25'],
    ]);
  });
});

describe('parseActHead negative cases', () => {
  test('flags the registration of 002 when line 9 is cut after `Әділет департаменті` and records no number', () => {
    const lines = readFixture('act-head/002-head.txt').split('\n');
    lines[8] =
      'Қарағанды облысының әкімдігінің 2008 жылғы 25 қарашадағы N 32/08 қаулысы. Қарағанды облысының Әділет департаменті';
    const result = actFrom('002', lines.join('\n'));
    expect(result.act?.registration).toBeNull();
    expect(result.act?.flags.map((f) => [f.code, f.sources[0]?.line])).toEqual([['registration-incomplete', 9]]);
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.line])).toEqual([
      ['warning', 'registration-incomplete', 9],
    ]);
    // The repeal still comes from the note on line 10.
    expect(result.act?.repealedBy).toEqual({
      issuer: 'Қарағанды облысының әкімдігі',
      date: '2009-07-07',
      number: '18/10',
    });
  });

  test('flags a repeal note that disagrees with the head', () => {
    const text = readFixture('act-head/001-head.txt').replace('02.06.2014 № 196', '03.06.2014 № 197');
    const act = actFrom('001', text).act;
    expect(act?.repealedBy).toEqual({ issuer: 'Алматы облысы әкімдігі', date: '2014-06-02', number: '196' });
    expect(act?.flags.map((f) => f.code)).toEqual(['repeal-references-disagree']);
  });

  test('flags a document stamp that names another act', () => {
    const text = readFixture('act-head/003-head.txt').replace('N  1 2 0', 'N  1 2 1');
    expect(actFrom('003', text).act?.flags.map((f) => [f.code, f.sources[0]?.line])).toEqual([['stamp-disagrees', 27]]);
  });

  test.each([
    { what: 'an empty text', text: '' },
    { what: 'a head with no act reference', text: 'Бір атау\n\nКүшін жойған\nМәтін\n' },
    {
      what: 'a reference with an impossible date',
      text: 'Атау\n\nАлматы облысы әкімдігінің 2012 жылғы 31 қарашадағы N 349 қаулысы.\n',
    },
  ])('returns no act and an error for $what', ({ text }) => {
    const result = actFrom('001', text);
    expect(result.act).toBeNull();
    expect(result.diagnostics.map((d) => [d.severity, d.code])).toEqual([['error', 'act-head-unreadable']]);
  });
});

describe('Kazakh dates', () => {
  test.each([
    { input: '2012 жылғы 05 қарашадағы', output: '2012-11-05' },
    { input: '2012 жылы 10 желтоқсанда', output: '2012-12-10' },
    { input: '2008 жылы 06 маусымда', output: '2008-06-06' },
    { input: '2008 жылғы 4 қыркүйекте', output: '2008-09-04' },
    { input: '2010 жылғы 02 қыркүйектегі', output: '2010-09-02' },
    { input: '2011 жылғы 7 сәуiрдегi', output: '2011-04-07' },
    { input: '2008 жылғы 25 сәуір', output: '2008-04-25' },
    { input: '2014 жылғы 02 маусымдағы', output: '2014-06-02' },
    { input: '2008 жылғы 11 тамыздағы', output: '2008-08-11' },
    { input: '2011 жылғы 10 наурыздағы', output: '2011-03-10' },
    { input: '2001 жылғы 23 қаңтардағы', output: '2001-01-23' },
    { input: '26 қаңтар 2006 жылғы', output: '2006-01-26' },
    { input: '02.06.2014', output: '2014-06-02' },
    { input: '2009.07.07', output: '2009-07-07' },
  ])("reads '$input' as $output", ({ input, output }) => {
    expect(parseKazakhDate(input)).toBe(output);
  });

  test.each([
    { input: '2008 жылғы 31 сәуірдегі', why: 'April has 30 days' },
    { input: '2008 жылғы 25 қаулысы', why: 'no month word' },
    { input: '13.13.2013', why: 'no month 13' },
    { input: '9-1 бабына', why: 'an article number' },
    { input: 'Қазақстан Республикасы', why: 'қазан is a month, Қазақстан is not' },
  ])("reads no date in '$input' ($why)", ({ input }) => {
    expect(findKazakhDates(input)).toEqual([]);
  });

  test('finds the three dates of the 001 head in order', () => {
    const text =
      'Алматы облысы әкімдігінің 2012 жылғы 05 қарашадағы N 349 қаулысы. Алматы облысының Әділет департаментінде 2012 жылы 10 желтоқсанда N 2221 тіркелді. Күші жойылды - Алматы облысы әкімдігінің 2014 жылғы 02 маусымдағы № 196';
    expect(findKazakhDates(text).map((d) => d.iso)).toEqual(['2012-11-05', '2012-12-10', '2014-06-02']);
  });
});
