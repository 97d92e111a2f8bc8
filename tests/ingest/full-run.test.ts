/**
 * The whole ingest over the five real sources: every table row accounted for, the hand-counted rows per
 * appendix, and bad input (a truncated file, random bytes, a duplicated section, an unknown appendix)
 * giving a diagnostic that names the file while the other files' records stay exactly the same.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readSources } from '../../scripts/ingest/read-sources.ts';
import { type IngestResult, runIngest } from '../../scripts/ingest/run-ingest.ts';
import type { SourceText } from '../../scripts/ingest/types.ts';
import { committedInputs, ingestCommittedSources } from '../helpers/ingest-inputs.ts';
import { sourceFile } from '../helpers/source-files.ts';

let sources: SourceText[];
let real: IngestResult;

beforeAll(async () => {
  sources = await readSources(join(process.cwd(), 'content/sources'));
  real = ingestCommittedSources();
}, 60_000);

const F = {
  national: sourceFile('000'),
  almaty: sourceFile('001'),
  karaganda: sourceFile('002'),
  zhambyl: sourceFile('003'),
  akmola: sourceFile('004'),
};

/** Rows per office appendix, counted by hand from the texts (row numbering, district and region headings). */
const handCounts: Record<string, Record<string, number>> = {
  [F.national]: { '2011-394-1/1': 207, '2011-394-1/2': 27, '2011-394-1/3': 16, '2011-394-1/5': 16 },
  [F.almaty]: {
    ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [`2012-349-${d}/1`, 19])),
    '2012-349-6/2': 254,
    '2012-349-7/2': 254,
    '2012-349-7/3': 19,
  },
  [F.karaganda]: {
    ...Object.fromEntries(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13].flatMap((d) => {
        const akims = [5, 12].includes(d) ? 4 : 3;
        return [
          [`2008-32-08-${d}/1`, 18],
          [`2008-32-08-${d}/${akims}`, 18],
        ];
      }),
    ),
    '2008-32-08-11/1': 9,
    '2008-32-08-11/4': 9,
    '2008-32-08-5/2': 195,
    '2008-32-08-11/2': 195,
    '2008-32-08-12/2': 195,
  },
  [F.zhambyl]: { '2008-120-1/1': 11, '2008-120-1/3': 11, '2008-120-2/1': 11, '2008-120-2/3': 11 },
  [F.akmola]: { '2008-a-6-342-1/1': 19 },
};

function idsOnlyIn(result: IngestResult, file: string): Set<string> {
  return new Set(result.offices.filter((o) => o.sources.every((s) => s.file === file)).map((o) => o.id));
}

/**
 * What a file contributes: its act, its service versions, and the offices listed in it alone. Offices
 * also listed in another file are merged entities that may rightly change when that file breaks, and
 * service-office links cross files, so those are compared by the file's own versions only.
 */
function recordsOf(result: IngestResult, file: string, officeIds = idsOnlyIn(result, file)) {
  const versions = result.services.flatMap((s) => s.versions).filter((v) => v.sources.some((s) => s.file === file));
  const own = new Set(versions.map((v) => v.id));
  return {
    acts: result.acts.filter((a) => a.file === file),
    versions,
    offices: result.offices
      .filter((o) => officeIds.has(o.id))
      .map((o) => ({ ...o, services: undefined, roles: o.roles?.filter((r) => own.has(r.version)) })),
  };
}

/**
 * Rows the parsers may reject, each with the reason it must give: none today. A rejection not listed here
 * fails the run, and so does a listed one that no longer happens (the list is kept honest both ways).
 */
const expectedRejections: { file: string; line: number; code: string; reason: RegExp }[] = [];

/** Records per appendix as they reach offices.json: every merged office keeps each row it was built from. */
function recordsPerAppendix(result: IngestResult, file: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of result.offices) {
    for (const s of o.sources) if (s.file === file) counts[s.appendix] = (counts[s.appendix] ?? 0) + 1;
  }
  return counts;
}

/** Hand counts less the rows expected to be rejected. */
function expectedRecords(file: string): Record<string, number> {
  const counts = { ...handCounts[file] };
  const report = real.report.files.find((f) => f.file === file);
  for (const r of expectedRejections.filter((e) => e.file === file)) {
    const appendix = report?.appendices.find((a) => a.line <= r.line && (counts[a.id] ?? 0) > 0);
    if (appendix) counts[appendix.id] = (counts[appendix.id] ?? 0) - 1;
  }
  return counts;
}

describe('the five sources', () => {
  test('give 5 acts and 24 service documents', () => {
    expect(real.acts.map((a) => a.id).sort()).toEqual([
      '2008-120',
      '2008-32-08',
      '2008-a-6-342',
      '2011-394',
      '2012-349',
    ]);
    expect(real.services.flatMap((s) => s.versions)).toHaveLength(24);
  });

  test.each(Object.keys(handCounts))('%s: every office appendix has its hand-counted rows', (file) => {
    const appendices = real.report.files.find((f) => f.file === file)?.appendices ?? [];
    const seen = Object.fromEntries(appendices.filter((a) => a.rowsSeen > 0).map((a) => [a.id, a.rowsSeen]));
    expect(seen).toEqual(handCounts[file]);
  });

  test.each(Object.keys(handCounts))('%s: every hand-counted row is a record in offices.json', (file) => {
    expect(recordsPerAppendix(real, file)).toEqual(expectedRecords(file));
  });

  test('no row is rejected but those expected, each for its reason', () => {
    const rejected = real.report.diagnostics
      .filter((d) => d.code.startsWith('row-rejected'))
      .map((d) => ({ file: d.file, line: d.line, code: d.code.replace('row-rejected:', ''), message: d.message }));
    const unexpected = rejected.filter(
      (r) =>
        !expectedRejections.some(
          (e) => e.file === r.file && e.line === r.line && e.code === r.code && e.reason.test(r.message),
        ),
    );
    expect(unexpected).toEqual([]);
    const missing = expectedRejections.filter((e) => !rejected.some((r) => r.file === e.file && r.line === e.line));
    expect(missing).toEqual([]);
  });

  test('every appendix reports as many records and rejections as rows it saw', () => {
    for (const f of real.report.files) {
      for (const a of f.appendices) expect(a.recordsEmitted + a.rowsRejected, a.id).toBe(a.rowsSeen);
    }
  });

  test('every appendix is read, with a confident parser; no record is invalid or holds another field', () => {
    const codes = real.report.diagnostics.map((d) => d.code);
    expect(codes.filter((c) => c === 'unknown-appendix' || c === 'invalid-record' || c === 'field-leak')).toEqual([]);
    expect(real.report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const tables = real.report.files.flatMap((f) => f.appendices.filter((a) => a.confidence !== undefined));
    expect(tables.filter((a) => (a.confidence ?? 0) < 0.75).map((a) => [a.id, a.kind, a.confidence])).toEqual([]);
  });
});

function mutate(file: string, change: (text: string) => string): SourceText[] {
  return sources.map((s) => (s.file === file ? { ...s, text: change(s.text) } : s));
}

describe('bad input: a diagnostic naming the file, and the other files unchanged', () => {
  const others = (file: string) => Object.values(F).filter((f) => f !== file);

  test.each([
    {
      name: 'a file cut in the middle of an appendix table',
      file: F.zhambyl,
      change: (t: string) => t.split('\n').slice(0, 520).join('\n'),
      code: 'source-truncated',
    },
    {
      name: 'a file of random bytes',
      file: F.akmola,
      change: () => Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 131 + 7) % 256)).toString('utf8'),
      code: 'not-text',
    },
    {
      name: 'a duplicated service document',
      file: F.zhambyl,
      change: (t: string) => {
        const lines = t.split('\n');
        return [...lines.slice(0, 580), ...lines.slice(25, 580), ...lines.slice(580)].join('\n');
      },
      code: 'duplicate-document',
    },
  ])('$name', { timeout: 60_000 }, ({ file, change, code }) => {
    const result = runIngest(mutate(file, change), committedInputs());
    const found = result.report.diagnostics.filter((d) => d.code === code);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((d) => d.file === file)).toBe(true);
    for (const other of others(file)) {
      const ids = idsOnlyIn(real, other);
      expect(recordsOf(result, other, ids)).toEqual(recordsOf(real, other, ids));
    }
  });

  test('an appendix with a table nobody knows is an error naming file and line, the rest still parsed', {
    timeout: 60_000,
  }, () => {
    // The heading is printed over three lines, as the real ones are (000 lines 1894-1896).
    const heading = '«Жұмыссыз азаматтарға анықтама\nберу» мемлекеттiк қызмет\nстандартына 6-қосымша';
    const junk = `${heading}\n\nКестенің белгісіз түрі\n\tбір\n\tекі\n\tүш\n`;
    const result = runIngest(
      mutate(F.national, (t) => `${t.trimEnd()}\n\n${junk}`),
      committedInputs(),
    );
    const unknown = result.report.diagnostics.filter((d) => d.code === 'unknown-appendix');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]?.severity).toBe('error');
    expect(unknown[0]?.file).toBe(F.national);
    const headingLine =
      (sources
        .find((s) => s.file === F.national)
        ?.text.trimEnd()
        .split('\n').length ?? 0) + 2;
    expect(unknown[0]?.line).toBe(headingLine);
    const ids = idsOnlyIn(real, F.national);
    expect(recordsOf(result, F.national, ids).offices).toEqual(recordsOf(real, F.national, ids).offices);
  });
});
