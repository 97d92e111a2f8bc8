/**
 * Every stage of the 001 regulations' procedure is kept: counted by hand from the numbered items of each
 * regulation's clause on the order of actions (`1)` ... `6)` from line 112 for regulation 1, and for
 * regulation 7 six through the authority from line 6955 plus ten through the centre).
 */
import { expect, test } from 'vitest';
import { parseServiceVersion } from '../../../../scripts/ingest/parse/parse-service-version.ts';
import { ACTS } from './acts.ts';
import { DOCUMENTS } from './documents.ts';
import { documentFrom } from './helpers.ts';

test.each([
  { doc: '001-1', steps: 6, first: 112 },
  { doc: '001-2', steps: 6, first: 764 },
  { doc: '001-3', steps: 6, first: 1426 },
  { doc: '001-4', steps: 6, first: 2067 },
  { doc: '001-5', steps: 6, first: 2720 },
  { doc: '001-6', steps: 6, first: 3435 },
  { doc: '001-7', steps: 16, first: 6955 },
])('$doc keeps all $steps stages, from line $first', ({ doc, steps, first }) => {
  const spec = DOCUMENTS.find((d) => `${d.file.slice(0, 3)}-${d.ordinal}` === doc);
  const act = ACTS['001'];
  if (!spec || !act) throw new Error(doc);
  const { procedure } = parseServiceVersion(documentFrom(spec), act).version;
  expect(procedure.map((p) => p.step)).toEqual(Array.from({ length: steps }, (_, i) => i + 1));
  expect(procedure[0]?.sources[0]?.line).toBe(first);
});
