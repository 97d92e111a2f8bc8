/**
 * For each of the 24 service documents: the deadlines, cost and required documents the text states,
 * written from reading each document's clauses 7, 8 and 12 (the regulations' clauses 5, 9 and 14).
 */
import { describe, expect, test } from 'vitest';
import { parseServiceVersion } from '../../../../scripts/ingest/parse/parse-service-version.ts';
import { serviceVersionSchema } from '../../../../src/schemas/service.ts';
import { ACTS } from './acts.ts';
import { DOCUMENTS } from './documents.ts';
import { documentFrom } from './helpers.ts';

interface Expected {
  doc: string;
  /** Service terms as `value unit`, in text order. */
  terms: string[];
  /** Max queue wait when submitting and when collecting, in minutes; null when not stated. */
  submit: number | null;
  collect: number | null;
  costLine: number;
  /** Line of the first required document and how many top-level entries the list has; null: none stated. */
  documents: [number, number] | null;
  /** For regulations: clause of the standard their deadlines and documents point to. */
  refersTo?: { deadlines: string; documents: string };
}

const REG = { deadlines: '7', documents: '11' };

const EXPECTED: Expected[] = [
  { doc: '000-1', terms: ['10 minute', '3 working-day'], submit: 30, collect: 10, costLine: 24, documents: [36, 3] },
  { doc: '001-1', terms: [], submit: null, collect: null, costLine: 83, documents: null, refersTo: REG },
  { doc: '001-2', terms: [], submit: null, collect: null, costLine: 730, documents: null, refersTo: REG },
  { doc: '001-3', terms: [], submit: null, collect: null, costLine: 1394, documents: null, refersTo: REG },
  { doc: '001-4', terms: [], submit: null, collect: null, costLine: 2035, documents: null, refersTo: REG },
  { doc: '001-5', terms: [], submit: null, collect: null, costLine: 2686, documents: null, refersTo: REG },
  { doc: '001-6', terms: [], submit: null, collect: null, costLine: 3391, documents: null, refersTo: REG },
  { doc: '001-7', terms: [], submit: null, collect: null, costLine: 6921, documents: null, refersTo: REG },
  { doc: '002-1', terms: ['10 calendar-day'], submit: 40, collect: 20, costLine: 112, documents: [132, 7] },
  { doc: '002-2', terms: ['20 day'], submit: 40, collect: 40, costLine: 1125, documents: [1145, 10] },
  { doc: '002-3', terms: ['15 calendar-day'], submit: 40, collect: 40, costLine: 2178, documents: [2198, 6] },
  {
    doc: '002-4',
    terms: ['15 calendar-day', '10 calendar-day'],
    submit: 40,
    collect: 40,
    costLine: 3211,
    documents: [3231, 5],
  },
  {
    doc: '002-5',
    terms: ['10 calendar-day', '30 calendar-day'],
    submit: 40,
    collect: 40,
    costLine: 4266,
    documents: [4286, 9],
  },
  // Clause 7.1 leaves the term to the Rules (`Ереже негізінде анықталады`), clause 12 the documents too.
  { doc: '002-6', terms: [], submit: 40, collect: 40, costLine: 6080, documents: null },
  { doc: '002-7', terms: ['15 day'], submit: 30, collect: 10, costLine: 7053, documents: [7073, 9] },
  { doc: '002-8', terms: ['15 day'], submit: 30, collect: 10, costLine: 8098, documents: [8118, 7] },
  { doc: '002-9', terms: ['30 calendar-day'], submit: 30, collect: 10, costLine: 9143, documents: [9163, 4] },
  { doc: '002-10', terms: ['15 calendar-day'], submit: 40, collect: 40, costLine: 10156, documents: [10176, 6] },
  { doc: '002-11', terms: ['15 calendar-day'], submit: 30, collect: 10, costLine: 11179, documents: [11199, 5] },
  {
    doc: '002-12',
    terms: ['10 calendar-day', '30 calendar-day'],
    submit: 40,
    collect: 40,
    costLine: 12655,
    documents: [12675, 4],
  },
  { doc: '002-13', terms: ['1 day'], submit: 40, collect: 20, costLine: 14439, documents: [14459, 3] },
  { doc: '003-1', terms: ['10 day'], submit: 30, collect: 10, costLine: 67, documents: [87, 4] },
  { doc: '003-2', terms: ['3 day'], submit: 10, collect: 10, costLine: 572, documents: [591, 2] },
  // Three lists, one per kind of institution, and `мүгедектер үшін қосымша:` (line 156) heading its own entry.
  { doc: '004-1', terms: ['15 calendar-day'], submit: 40, collect: 40, costLine: 120, documents: [142, 4] },
];

describe('every service document', () => {
  test('the table covers all 24 documents', () => {
    expect(EXPECTED.map((e) => e.doc)).toEqual(DOCUMENTS.map((d) => `${d.file.slice(0, 3)}-${d.ordinal}`));
  });

  test.each(EXPECTED)('$doc: deadlines, cost and documents as the text states them', (e) => {
    const spec = DOCUMENTS.find((d) => `${d.file.slice(0, 3)}-${d.ordinal}` === e.doc);
    if (!spec) throw new Error(e.doc);
    const act = ACTS[e.doc.slice(0, 3)];
    if (!act) throw new Error(e.doc);
    const { version } = parseServiceVersion(documentFrom(spec), act);
    expect(serviceVersionSchema.safeParse(version).success).toBe(true);
    const ds = version.deadlines;
    expect(ds.filter((d) => d.kind === 'service-term').map((d) => `${d.value} ${d.unit}`)).toEqual(e.terms);
    // 000 states the waits twice (authority, centre); the first of each kind is compared.
    expect(ds.find((d) => d.kind === 'queue-wait-submit')?.value ?? null).toBe(e.submit);
    expect(ds.find((d) => d.kind === 'queue-wait-collect')?.value ?? null).toBe(e.collect);
    expect(version.cost?.free).toBe(true);
    expect(version.cost && version.sources[0]?.file).toBe(spec.file);
    expect(version.clauses.find((c) => c.text === version.cost?.text)?.sources[0]?.line).toBe(e.costLine);
    // The cost cites its own clause.
    expect(version.cost?.sources?.[0]?.line).toBe(e.costLine);
    if (e.documents) {
      expect([version.documents[0]?.sources[0]?.line, version.documents.length]).toEqual(e.documents);
    } else {
      expect(version.documents).toEqual([]);
    }
    if (e.refersTo) {
      expect(version.references.find((r) => r.field === 'deadlines')?.clause).toBe(e.refersTo.deadlines);
      expect(version.references.find((r) => r.field === 'documents')?.clause).toBe(e.refersTo.documents);
    }
  });
});
