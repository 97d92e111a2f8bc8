/**
 * For each of the 24 service documents: how many refusal and suspension grounds the text enumerates,
 * counted by hand from each document's procedure section (000 clause 15, 002 clause 17, 003 clauses 17
 * and 18, 004 clause 18). The 001 regulations only point to their standard's clause: no grounds of their own.
 */
import { describe, expect, test } from 'vitest';
import { parseServiceVersion } from '../../../../scripts/ingest/parse/parse-service-version.ts';
import { ACTS } from './acts.ts';
import { DOCUMENTS } from './documents.ts';
import { documentFrom } from './helpers.ts';

interface Expected {
  doc: string;
  refusal: number;
  suspension: number;
  /** Why the count is what it is, from reading the text. */
  reading: string;
}

const NONE = 'a regulation: `Стандарттың ... тармағында` points to the standard';

const EXPECTED: Expected[] = [
  { doc: '000-1', refusal: 1, suspension: 0, reading: 'line 54 refuses; line 55 says there is no ground to suspend' },
  { doc: '001-1', refusal: 0, suspension: 0, reading: NONE },
  { doc: '001-2', refusal: 0, suspension: 0, reading: NONE },
  { doc: '001-3', refusal: 0, suspension: 0, reading: NONE },
  { doc: '001-4', refusal: 0, suspension: 0, reading: NONE },
  { doc: '001-5', refusal: 0, suspension: 0, reading: NONE },
  { doc: '001-6', refusal: 0, suspension: 0, reading: NONE },
  { doc: '001-7', refusal: 0, suspension: 0, reading: NONE },
  { doc: '002-1', refusal: 1, suspension: 1, reading: 'line 164: one sentence, `ұсынылмайды немесе ... тоқтатылады`' },
  {
    doc: '002-2',
    refusal: 2,
    suspension: 0,
    reading: 'lines 1195-1199: `Егер:` then items 1) and 2), the verb closing 2)',
  },
  {
    doc: '002-3',
    refusal: 3,
    suspension: 0,
    reading: 'lines 2228-2234: `ұсынудан:` then items 1)-3), the verb closing 3)',
  },
  { doc: '002-4', refusal: 3, suspension: 0, reading: 'lines 3287-3293: as standard 3' },
  {
    doc: '002-5',
    refusal: 2,
    suspension: 3,
    reading: 'lines 4322 and 4324 `тағайындалмайды`; line 4326 `төлеуді тоқтату үшін:` items 1)-3)',
  },
  { doc: '002-6', refusal: 1, suspension: 1, reading: 'line 6118: `бас тарту, ... айыру немесе тоқтату`' },
  { doc: '002-7', refusal: 2, suspension: 0, reading: 'line 7113 `бас тарту негіздемелері:` items 1) and 2)' },
  { doc: '002-8', refusal: 2, suspension: 0, reading: 'line 8156 `бас тарту негіздемелері:` items 1) and 2)' },
  { doc: '002-9', refusal: 1, suspension: 1, reading: 'line 9189: `тоқтату немесе ... бас тартуға негіздеме - ...`' },
  {
    doc: '002-10',
    refusal: 5,
    suspension: 5,
    reading: 'line 10206 `бас тарту немесе ... тоқтатуға негіздемелер:` 1)-5)',
  },
  {
    doc: '002-11',
    refusal: 4,
    suspension: 4,
    reading: 'line 11227 `тоқтату және (немесе) ... бас тартуға негіздемелер:` 1)-4)',
  },
  {
    doc: '002-12',
    refusal: 3,
    suspension: 0,
    reading: 'lines 12701, 12703 `тағайындалмайды`, 12705 `құқығынан айырылады` (the refusing is the citizen’s)',
  },
  { doc: '002-13', refusal: 1, suspension: 0, reading: 'line 14483: `ұсынудан бас тартылуы мүмкін`' },
  {
    doc: '003-1',
    refusal: 1,
    suspension: 1,
    reading: 'lines 104-106: `тоқтата тұру немесе ... бас тарту үшін негіздеме`',
  },
  { doc: '003-2', refusal: 1, suspension: 0, reading: 'lines 607-609: `бас тартылуы мүмкін`' },
  { doc: '004-1', refusal: 1, suspension: 0, reading: 'lines 208-210: `бас тартуға негіз болып табылады`' },
];

function versionOf(doc: string) {
  const spec = DOCUMENTS.find((d) => `${d.file.slice(0, 3)}-${d.ordinal}` === doc);
  const act = ACTS[doc.slice(0, 3)];
  if (!spec || !act) throw new Error(doc);
  return parseServiceVersion(documentFrom(spec), act).version;
}

describe('refusal and suspension grounds of every service document', () => {
  test('the table covers all 24 documents', () => {
    expect(EXPECTED.map((e) => e.doc)).toEqual(DOCUMENTS.map((d) => `${d.file.slice(0, 3)}-${d.ordinal}`));
  });

  test.each(EXPECTED)('$doc: $refusal refusal, $suspension suspension ($reading)', (e) => {
    const version = versionOf(e.doc);
    expect([version.refusalGrounds.length, version.suspensionGrounds.length]).toEqual([e.refusal, e.suspension]);
  });

  test('002 standard 3 keeps all three enumerated refusal grounds, in order (lines 2230, 2232, 2234)', () => {
    const grounds = versionOf('002-3').refusalGrounds;
    expect(grounds.map((g) => g.slice(0, 2))).toEqual(['1)', '2)', '3)']);
    expect(grounds[0]).toMatch(/денсаулығына зиян/u);
    expect(grounds[2]).toMatch(/жарамсыз/u);
  });

  test('a document item that mentions `тоқтатқаны` (002 line 2206) is not a suspension ground', () => {
    expect(versionOf('002-3').suspensionGrounds).toEqual([]);
  });

  test('the notice of the decision (`бас тарту туралы құлақтандыру`, clause 16) is not a ground', () => {
    for (const doc of ['002-5', '002-6', '002-7', '002-8', '002-9', '002-12']) {
      expect(versionOf(doc).refusalGrounds.some((g) => /құлақтандыру/u.test(g))).toBe(false);
    }
  });
});
