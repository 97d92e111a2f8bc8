/**
 * Every table detector against every kind of appendix the five acts hold, by content alone: each office
 * table is claimed by exactly one parser, and no parser claims another form's table, a quality-indicator
 * table, a form template or a process diagram (the negative cases). Which parser reads which appendix was
 * decided by hand from the titles and layouts (tab-led cells, column-broken lines, paragraphs).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { NO_CORRECTIONS } from '../../../../scripts/ingest/corrections.ts';
import { normaliseSource } from '../../../../scripts/ingest/normalise/index.ts';
import { FORM_FIT } from '../../../../scripts/ingest/parse/detect/surface-forms.ts';
import { measureLayout } from '../../../../scripts/ingest/parse/detect/table-layout.ts';
import { CLAIM_THRESHOLD, createTableParsers, detectTableParser } from '../../../../scripts/ingest/parse/registry.ts';
import { readSources } from '../../../../scripts/ingest/read-sources.ts';
import { segmentSource } from '../../../../scripts/ingest/segment/segment-source.ts';
import type { AppendixSegment } from '../../../../scripts/ingest/types.ts';

/** `file prefix/document/appendix` -> the parser that must read it, or null for appendices no table parser reads. */
const expected: Record<string, string | null> = {
  '000/1/1': 'tabbed-department-table',
  '000/1/2': 'tabbed-psc-table',
  '000/1/3': 'tabbed-regional-department-table',
  '000/1/4': null, // quality indicators
  '000/1/5': 'tabbed-regional-akim-table',
  '001/1/1': 'columnar-department-table',
  '001/1/2': null, // a receipt form
  '001/1/4': null, // process diagram, letter-spaced like the tables
  '001/6/2': 'columnar-rural-akim-table',
  '001/7/3': 'columnar-psc-table',
  '002/1/1': 'tabbed-department-contacts-table',
  '002/1/2': null, // quality indicators, tab-led
  '002/1/3': 'tabbed-akim-receptions-table',
  '002/5/2': 'tabbed-rural-akim-table',
  '003/1/1': 'paragraph-department-head-table',
  '003/1/2': null, // quality indicators, in paragraphs
  '003/1/3': 'paragraph-akimat-table',
  '004/1/1': 'paragraph-department-table',
  '004/1/2': null, // quality indicators
};

const appendices = new Map<string, AppendixSegment>();
const tableParsers = createTableParsers(NO_CORRECTIONS);

beforeAll(async () => {
  for (const source of await readSources(join(process.cwd(), 'content/sources'))) {
    for (const doc of segmentSource(normaliseSource(source)).documents) {
      for (const a of doc.appendices) appendices.set(`${source.file.slice(0, 3)}/${doc.ordinal}/${a.number}`, a);
    }
  }
}, 60_000);

const get = (key: string): AppendixSegment => {
  const a = appendices.get(key);
  if (!a) throw new Error(`no appendix ${key}`);
  return a;
};

describe('the registry picks one parser per office table, by content', () => {
  test.each(Object.entries(expected))('%s is read by %s', (key, parser) => {
    const detection = detectTableParser(get(key), tableParsers);
    expect(detection.parser?.name ?? null).toBe(parser);
    if (parser) expect(detection.confidence).toBeGreaterThanOrEqual(CLAIM_THRESHOLD);
  });

  test('renaming the file changes nothing', () => {
    for (const key of Object.keys(expected)) {
      const a = get(key);
      expect(detectTableParser({ ...a, file: 'renamed.txt' }, tableParsers).parser?.name ?? null, key).toBe(
        expected[key],
      );
    }
  });
});

describe('column headers recognise a table whose title is worded otherwise', () => {
  // Titles the segmenter might hand over for a sixth act: none of the known title phrases.
  const retitled = (key: string): AppendixSegment => ({ ...get(key), title: 'Байланыс деректері' });

  test.each(Object.entries(expected).filter(([, parser]) => parser && !parser.startsWith('paragraph-')))(
    '%s is still read by %s, with less confidence',
    (key, parser) => {
      const detection = detectTableParser(retitled(key), tableParsers);
      expect(detection.parser?.name).toBe(parser);
      expect(detection.confidence).toBeLessThan(1);
    },
  );

  test('the headers of a quality-indicator table name no office table', () => {
    for (const key of ['000/1/4', '002/1/2', '003/1/2', '004/1/2']) {
      expect(detectTableParser(retitled(key), tableParsers).parser, key).toBeUndefined();
    }
  });
});

describe.each(tableParsers.map((p) => [p.name, p] as const))('%s: negative cases', (name, parser) => {
  test('claims no appendix of another table, form or kind', () => {
    const others = Object.keys(expected).filter((key) => expected[key] !== name);
    const claimed = others.filter((key) => parser.detect(get(key)) >= CLAIM_THRESHOLD);
    expect(claimed).toEqual([]);
  });

  test('claims nothing in an empty appendix', () => {
    const empty = { ...get('000/1/1'), lines: [] };
    expect(parser.detect(empty)).toBe(0);
  });
});

describe('surface forms from layout alone', () => {
  test.each(Object.entries(expected).flatMap(([key, parser]) => (parser ? [[key, parser.split('-')[0] ?? '']] : [])))(
    '%s has the layout of a %s table more than any other',
    (key, form) => {
      const layout = measureLayout(get(key));
      const fits = Object.entries(FORM_FIT).map(([name, score]) => [name, score(layout)] as const);
      const best = fits.reduce((a, b) => (b[1] > a[1] ? b : a));
      expect(best[0]).toBe(form);
    },
  );

  test.each([
    { name: 'no lines', layout: { lines: 0, tabLed: 0, letterSpaced: 0, meanLength: 0 } },
    { name: 'half tab-led', layout: { lines: 10, tabLed: 0.5, letterSpaced: 0, meanLength: 11 } },
  ])('$name is neither columnar nor paragraph', ({ layout }) => {
    const full = { ...layout, rowStarts: { alone: 0, quoted: 0, capital: 0 } };
    expect([FORM_FIT.columnar(full), FORM_FIT.paragraph(full)]).toEqual([0, 0]);
  });
});
