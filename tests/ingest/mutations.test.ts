/**
 * The ingest against damaged sources (issue 11): each mutation of one file must give an error that names
 * the file and a line (never a stack trace), leave every other file's records byte-identical to the clean
 * run, report any loss of the file's own rows at error level, and set the exit code accordingly. Mutations
 * work on bytes and go through decodeSource, as `npm run ingest` reads files. Renamed sources: see
 * full-run.test.ts (recognition by content, issue 12).
 *
 * Issue 19 adds each kind of damage once, each to another source in turn (`every kind of damage`), and
 * the damage the issue lists, each with the code, file and line it must be reported at (`the damage of
 * issue 19`). One clean run is shared by the whole file; every other test is one more run.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { exitStatus } from '../../scripts/ingest/exit-status.ts';
import { decodeSource } from '../../scripts/ingest/integrity/decode-source.ts';
import { type IngestResult, runIngest } from '../../scripts/ingest/run-ingest.ts';
import type { SourceText } from '../../scripts/ingest/types.ts';
import { allRecords, type DamageKind, damages, type Files, onlyIn, recordsOf, rowsOf } from '../helpers/damage.ts';
import { committedInputs, ingestCommittedSources } from '../helpers/ingest-inputs.ts';
import { sourceFile } from '../helpers/source-files.ts';

const F = {
  national: sourceFile('000'),
  almaty: sourceFile('001'),
  karaganda: sourceFile('002'),
  zhambyl: sourceFile('003'),
  akmola: sourceFile('004'),
};

let clean: Files;
let cleanRun: IngestResult;

const decode = (files: Files): SourceText[] =>
  [...files.keys()].sort().map((name) => decodeSource(name, files.get(name) as Buffer));

beforeAll(async () => {
  const dir = join(process.cwd(), 'content/sources');
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt'));
  clean = new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n))] as const)));
  cleanRun = ingestCommittedSources();
}, 60_000);

const lines = (file: string) => (clean.get(file) as Buffer).toString('utf8').split('\n');
const fromLines = (ls: readonly string[]) => Buffer.from(ls.join('\n'), 'utf8');
const withFile = (file: string, bytes: Buffer): Files => new Map([...clean, [file, bytes]]);

/** Windows-1251 bytes for a text; letters the code page lacks (ә, қ, ң, ө, ұ, ү, һ) become `?`, as iconv does. */
function toWindows1251(text: string): Buffer {
  const decoder = new TextDecoder('windows-1251');
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((c) => byChar.get(c) ?? 0x3f));
}

/** The rows of a table (blocks starting at a `\tN` number line) between two lines, in reverse order. */
function reverseRows(ls: readonly string[], from: number, to: number): string[] {
  const starts = ls.map((l, i) => (i >= from && i < to && /^\t\d+\s*$/.test(l) ? i : -1)).filter((i) => i >= 0);
  const first = starts[0] ?? from;
  const last = starts.at(-1) ?? to;
  const blocks = starts.slice(0, -1).map((s, k) => ls.slice(s, starts[k + 1]));
  return [...ls.slice(0, first), ...blocks.reverse().flat(), ...ls.slice(last)];
}

interface Mutation {
  name: string;
  file: string;
  make: () => Files;
  /** Error codes expected on the file (one at least); empty: the mutation must change nothing at all. */
  codes: string[];
}

const bytesAt = (file: string, line: number) =>
  Buffer.byteLength(
    `${lines(file)
      .slice(0, line - 1)
      .join('\n')}\n`,
  );

const mutations: Mutation[] = [
  // Truncation inside a table: 001's last table (appendix 7/3 from line 10284), 002's rural akims (5/2 from
  // line 4590), 003's first table (1/1 from line 173); once between lines, once inside a line.
  ...[
    [F.almaty, 10600],
    [F.almaty, 10300],
    [F.karaganda, 5000],
    [F.zhambyl, 200],
  ].map(([file, at]) => ({
    name: `${String(file).slice(0, 3)} cut after line ${at}, inside a table`,
    file: String(file),
    make: () => withFile(String(file), fromLines([...lines(String(file)).slice(0, Number(at)), ''])),
    codes: ['source-truncated', 'rows-missing', 'table-empty'],
  })),
  {
    name: '004 cut in the middle of a line of its table',
    file: F.akmola,
    make: () => withFile(F.akmola, (clean.get(F.akmola) as Buffer).subarray(0, bytesAt(F.akmola, 300) + 7)),
    codes: ['source-truncated'],
  },
  {
    name: '002 with 300 bytes of a table overwritten by binary junk',
    file: F.karaganda,
    make: () => {
      const bytes = Buffer.from(clean.get(F.karaganda) as Buffer);
      const at = bytesAt(F.karaganda, 4650);
      for (let i = 0; i < 300; i++) bytes[at + i] = (i * 151 + 89) % 256;
      return withFile(F.karaganda, bytes);
    },
    codes: ['undecodable-bytes'],
  },
  {
    name: '004 re-encoded as Windows-1251',
    file: F.akmola,
    make: () => withFile(F.akmola, toWindows1251(lines(F.akmola).join('\n'))),
    codes: ['not-utf8'],
  },
  {
    name: '003 with Windows line endings (CRLF)',
    file: F.zhambyl,
    make: () => withFile(F.zhambyl, Buffer.from(lines(F.zhambyl).join('\r\n'), 'utf8')),
    codes: [],
  },
  {
    name: '003 with a UTF-8 byte-order mark',
    file: F.zhambyl,
    make: () => withFile(F.zhambyl, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), clean.get(F.zhambyl) as Buffer])),
    codes: [],
  },
  {
    name: 'an extra file that is no act',
    file: '005_notes.txt',
    make: () =>
      withFile(
        '005_notes.txt',
        Buffer.from('Жиналыс хаттамасы\n\nКүн тәртібі: жол жөндеу.\n\tҚатысқандар: 12\n', 'utf8'),
      ),
    codes: ['no-act'],
  },
  {
    name: '003 duplicated under another name',
    file: '005_copy.txt',
    make: () => withFile('005_copy.txt', clean.get(F.zhambyl) as Buffer),
    codes: ['duplicate-source'],
  },
  {
    name: '003 duplicated under another name with one line changed (two acts, one id)',
    file: '005_copy.txt',
    make: () => withFile('005_copy.txt', fromLines(lines(F.zhambyl).map((l, i) => (i === 1000 ? `${l} ` : l)))),
    codes: ['duplicate-act-id'],
  },
  {
    name: "003's first table with its lines in reverse order",
    file: F.zhambyl,
    make: () => {
      const ls = lines(F.zhambyl);
      return withFile(F.zhambyl, fromLines([...ls.slice(0, 180), ...ls.slice(180, 460).reverse(), ...ls.slice(460)]));
    },
    // Read as a table that yields nothing, or no longer recognised as any table layout at all.
    codes: ['table-empty', 'unknown-appendix'],
  },
  {
    name: "002's rural akim table with its rows in reverse order",
    file: F.karaganda,
    make: () => withFile(F.karaganda, fromLines(reverseRows(lines(F.karaganda), 4600, 5500))),
    codes: ['rows-out-of-order'],
  },
  {
    name: '002 with 12 lines (three rows) deleted from a table',
    file: F.karaganda,
    make: () => withFile(F.karaganda, fromLines(lines(F.karaganda).filter((_, i) => i < 4699 || i >= 4711))),
    codes: ['rows-missing'],
  },
];

describe('a damaged source', () => {
  test.each(mutations)('$name', { timeout: 60_000 }, ({ file, make, codes }) => {
    let result: IngestResult | undefined;
    expect(() => {
      result = runIngest(decode(make()), committedInputs());
    }).not.toThrow();
    if (!result) return;
    const diagnostics = result.report.diagnostics;
    // No stack trace anywhere: every message is a sentence about the text.
    expect(diagnostics.filter((d) => /\n\s+at \S/.test(d.message))).toEqual([]);

    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (codes.length === 0) {
      expect(errors).toEqual([]);
      expect(JSON.stringify(result.offices)).toBe(JSON.stringify(cleanRun.offices));
    } else {
      const expected = errors.filter((d) => codes.includes(d.code));
      expect(expected.length).toBeGreaterThan(0);
      // Every error names the damaged file; the ones this mutation is about name a line in it too.
      expect(errors.filter((d) => d.file !== file)).toEqual([]);
      expect(expected.filter((d) => typeof d.line !== 'number' || d.line < 1)).toEqual([]);
    }

    // The file's own rows lost: an error says so.
    if (rowsOf(result, file) < rowsOf(cleanRun, file)) expect(errors.length).toBeGreaterThan(0);

    for (const other of Object.values(F).filter((f) => f !== file)) {
      const ids = onlyIn(cleanRun, other);
      expect(recordsOf(result, other, ids), other).toBe(recordsOf(cleanRun, other, ids));
    }
    expect(exitStatus(diagnostics, false).code).toBe(codes.length === 0 ? 0 : 1);
    expect(exitStatus(diagnostics, true).code).toBe(0);
  });
});

describe('ids', () => {
  test("001 replaced by random bytes renames none of the other files' services or offices", { timeout: 60_000 }, () => {
    const junk = Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 7919 + 13) % 251));
    const result = runIngest(decode(withFile(F.almaty, junk)), committedInputs());
    for (const other of [F.karaganda, F.zhambyl, F.akmola]) {
      const ids = onlyIn(cleanRun, other);
      expect(recordsOf(result, other, ids), other).toBe(recordsOf(cleanRun, other, ids));
    }
    // 002's versions that 001 also approves keep their service id without 001.
    const serviceOf = (r: IngestResult) =>
      new Map(r.services.flatMap((s) => s.versions.map((v) => [v.id, s.id] as const)));
    const before = serviceOf(cleanRun);
    const after = serviceOf(result);
    const shared = cleanRun.services.filter(
      (s) => s.versions.some((v) => v.act === '2012-349') && s.versions.length > 1,
    );
    expect(shared.length).toBeGreaterThan(0);
    for (const v of shared.flatMap((s) => s.versions).filter((v) => v.act !== '2012-349'))
      expect(after.get(v.id)).toBe(before.get(v.id));
  });

  test('reading the sources in another order changes no id', { timeout: 60_000 }, () => {
    const reversed = runIngest(decode(clean).reverse(), committedInputs());
    const ids = (r: IngestResult) => ({
      services: r.services.map((s) => `${s.id}:${s.versions.map((v) => v.id).join(',')}`).sort(),
      offices: r.offices.map((o) => o.id).sort(),
    });
    expect(ids(reversed)).toEqual(ids(cleanRun));
  });
});

/** Where a file's first table of offices starts, as the clean run's report gives it. */
function firstTable(file: string): number {
  const appendix = cleanRun.report.files.find((f) => f.file === file)?.appendices.find((a) => a.rowsSeen > 0);
  if (!appendix) throw new Error(`${file} has no table of offices`);
  return appendix.line;
}

/** The start lines of a table's rows in a file, in order, read from the clean run's records. */
function rowLines(file: string, appendixId: string): number[] {
  const all = cleanRun.offices.flatMap((o) => o.sources).filter((s) => s.file === file && s.appendix === appendixId);
  return [...new Set(all.map((s) => s.line))].sort((a, b) => a - b);
}

const run = (files: Files) => runIngest(decode(files), committedInputs());
const errorsOf = (result: IngestResult) => result.report.diagnostics.filter((d) => d.severity === 'error');

/** Every file but `file` gives the records it gave in the clean run, byte for byte. */
function expectOthersUnchanged(result: IngestResult, file: string) {
  for (const other of Object.values(F).filter((f) => f !== file)) {
    const ids = onlyIn(cleanRun, other);
    expect(recordsOf(result, other, ids), other).toBe(recordsOf(cleanRun, other, ids));
  }
}

describe('every kind of damage, each source in turn', () => {
  const suite: { kind: DamageKind; file: string }[] = [
    { kind: 'truncate', file: F.national },
    { kind: 'junk', file: F.almaty },
    { kind: 'deleteLines', file: F.karaganda },
    // The two the issue found building green: a 200-line block of 003 repeated, 30 lines of 004 shuffled.
    { kind: 'duplicateBlock', file: F.zhambyl },
    { kind: 'shuffleWindow', file: F.akmola },
    { kind: 'garbageLines', file: F.national },
    { kind: 'empty', file: F.almaty },
  ];
  test.each(suite)(
    '$kind on $file, ten lines into its first table of offices',
    { timeout: 120_000 },
    ({ kind, file }) => {
      const result = run(withFile(file, damages[kind](clean.get(file) as Buffer, firstTable(file) + 10)));
      const diagnostics = result.report.diagnostics;
      expect(diagnostics.filter((d) => /\n\s+at \S/.test(d.message))).toEqual([]);
      expectOthersUnchanged(result, file);
      const status = exitStatus(diagnostics, false);
      if (status.code === 0) {
        // Harmless damage: then nothing at all may have changed.
        expect(allRecords(result)).toBe(allRecords(cleanRun));
      } else {
        const errors = errorsOf(result);
        expect(errors.filter((d) => d.file !== file)).toEqual([]);
        expect(errors.filter((d) => typeof d.line === 'number' && d.line >= 1).length).toBeGreaterThan(0);
        expect(status.message).toMatch(new RegExp(`${file}:\\d+ \\[`));
      }
    },
  );
});

describe('the damage of issue 19', () => {
  test("001 without the heading of its service centres' list", { timeout: 120_000 }, () => {
    const ls = lines(F.almaty);
    const centres = rowLines(F.almaty, '2012-349-7/3');
    const listed = cleanRun.report.files.find((f) => f.file === F.almaty)?.appendices ?? [];
    const heading = listed.find((a) => a.id === '2012-349-7/3')?.line ?? 0;
    // The heading's number line (`3-қосымша`), between the appendix's first line and its first row.
    const cut = ls.findIndex((l, i) => i + 1 >= heading && i + 1 < (centres[0] ?? 0) && /^\s*3-қосымша\s*$/u.test(l));
    expect(cut).toBeGreaterThan(0);
    const result = run(withFile(F.almaty, fromLines(ls.filter((_, i) => i !== cut))));
    // Reported where appendix 4 now follows appendix 2, one line up for the line cut above it.
    const next = (listed.find((a) => a.id === '2012-349-7/4')?.line ?? 0) - 1;
    const gap = errorsOf(result).filter((d) => d.code === 'appendix-numbering-gap');
    expect(gap.map((d) => [d.file, d.line])).toEqual([[F.almaty, next]]);
    expect(exitStatus(result.report.diagnostics, false).code).toBe(1);
    // No service centre became a rural akim.
    expect(result.offices.filter((o) => o.kind === 'rural-akim' && /қызмет көрсету орталығ/u.test(o.name))).toEqual([]);
    expectOthersUnchanged(result, F.almaty);
  });

  test('003 with its row 3 printed twice', { timeout: 120_000 }, () => {
    const [, , third, fourth] = rowLines(F.zhambyl, '2008-120-1/1');
    if (!third || !fourth) throw new Error('003 lists fewer than four departments');
    const ls = lines(F.zhambyl);
    const row = ls.slice(third - 1, fourth - 1);
    const result = run(withFile(F.zhambyl, fromLines([...ls.slice(0, fourth - 1), ...row, ...ls.slice(fourth - 1)])));
    const repeated = errorsOf(result).filter((d) => d.code === 'row-repeated');
    expect(repeated.map((d) => [d.file, d.line])).toEqual([[F.zhambyl, third]]);
    expect(exitStatus(result.report.diagnostics, false).code).toBe(1);
    expectOthersUnchanged(result, F.zhambyl);
  });

  test('004 with a row 20 for a district nobody knows', { timeout: 120_000 }, () => {
    const ls = lines(F.akmola);
    // After the table's last row, where the next appendix's stamp begins.
    const at = cleanRun.report.files.find((f) => f.file === F.akmola)?.appendices[1]?.line ?? 0;
    expect(at).toBeGreaterThan(Math.max(...rowLines(F.akmola, '2008-a-6-342-1/1')));
    const row = [
      '20 "Жаңаауыл ауданының',
      'жұмыспен қамту және',
      'әлеуметтік бағдарламалар бөлімі"',
      'мемлекеттік мекемесі',
      '',
      'Жаңаауыл ауданы, Жаңаауыл',
      'ауылы, Бейбітшілік көшесі, 5 азаматтарды',
      'қабылдау кестесі: күн сайын',
      '9.00-ден 18.00-ге дейін',
      '',
      '8-(71640)-2-11-22 zhanaauyl@mail.ru',
      '',
    ];
    const result = run(withFile(F.akmola, fromLines([...ls.slice(0, at - 1), ...row, ...ls.slice(at - 1)])));
    const unknown = errorsOf(result).filter((d) => d.code === 'place-unknown');
    expect(unknown.map((d) => [d.file, d.line])).toEqual([[F.akmola, at]]);
    expect(exitStatus(result.report.diagnostics, false).code).toBe(1);
    // No page for it: no place, and its office sits in its region.
    expect(result.places.filter((p) => /Жаңаауыл/u.test(p.name) || p.id.includes('zhanaauyl'))).toEqual([]);
    const office = result.offices.find((o) => o.district === 'Жаңаауыл ауданы');
    expect(office?.placeId).toBe(result.places.find((p) => p.parent === null && p.name === office?.region)?.id);
    expect(result.places).toHaveLength(cleanRun.places.length);
    expectOthersUnchanged(result, F.akmola);
  });

  test("004's text 129 times in its file", { timeout: 180_000 }, () => {
    const text = (clean.get(F.akmola) as Buffer).toString('utf8');
    const result = run(withFile(F.akmola, Buffer.from(text.repeat(129), 'utf8')));
    // Each copy's document, where it starts: the first copy's line, one copy's lines further each time
    // (a copy's last line, which has no line break, runs into the next copy's first).
    const first = cleanRun.services.flatMap((s) => s.versions).find((v) => v.sources[0]?.file === F.akmola)
      ?.sources[0]?.line;
    const span = text.split('\n').length - 1;
    const repeats = errorsOf(result).filter((d) => d.code === 'duplicate-document');
    expect(repeats.map((d) => d.line)).toEqual(Array.from({ length: 128 }, (_, k) => (first ?? 0) + (k + 1) * span));
    expect(repeats.every((d) => d.file === F.akmola)).toBe(true);
    expect(exitStatus(result.report.diagnostics, false).code).toBe(1);
    // The copies are not read: no phantom services, no office linked to them.
    expect(result.services.map((s) => s.id)).toEqual(cleanRun.services.map((s) => s.id));
    expect(result.offices).toHaveLength(cleanRun.offices.length);
    expectOthersUnchanged(result, F.akmola);
  });

  test("a script URL and markup in 004's contacts are dropped and told", { timeout: 120_000 }, () => {
    const ls = lines(F.akmola);
    const [seventeenth, eighteenth] = rowLines(F.akmola, '2008-a-6-342-1/1').slice(16, 18);
    if (!seventeenth || !eighteenth) throw new Error('004 lists fewer than 18 departments');
    // The website line of row 17 and the end of row 18's e-mail, each the first such line after the row's start.
    const site = ls.findIndex((l, i) => i >= seventeenth && /^www\./u.test(l));
    const mail = ls.findIndex((l, i) => i >= eighteenth && /^ru, www\./u.test(l));
    const edited = ls.map((l, i) =>
      i === site ? `JaVaScRiPt:alert(2)//${l}` : i === mail ? l.replace(/^ru/u, 'ru"><svg onload=alert(1)>') : l,
    );
    const result = run(withFile(F.akmola, fromLines(edited)));
    const told = result.report.diagnostics.filter((d) => d.code === 'contact-text-dropped');
    expect(told.map((d) => [d.file, d.line])).toEqual([
      [F.akmola, seventeenth],
      [F.akmola, eighteenth],
    ]);
    expect(told.map((d) => d.message).join('\n')).toMatch(/JaVaScRiPt:alert\(2\)[\s\S]*<svg onload/u);
    expect(exitStatus(result.report.diagnostics, false).code).toBe(0);
    const contacts = result.offices.flatMap((o) => [...o.websites, ...o.emails]);
    expect(contacts.filter((c) => /script|[<>"]/iu.test(c))).toEqual([]);
    expectOthersUnchanged(result, F.akmola);
  });
});

describe('damage that kept its printed row numbers in order (issue 19)', () => {
  /** The damage's errors of `code` in `file`, with their lines. */
  const located = (result: IngestResult, code: string) =>
    errorsOf(result)
      .filter((d) => d.code === code)
      .map((d) => [d.file, d.line]);

  test('000 with 30 lines shuffled from line 401 (rows 17-21 of a region)', { timeout: 120_000 }, () => {
    const at = 401;
    const result = run(withFile(F.national, damages.shuffleWindow(clean.get(F.national) as Buffer, at)));
    expect(exitStatus(result.report.diagnostics, false).code).toBe(1);
    expect(errorsOf(result).filter((d) => d.file !== F.national)).toEqual([]);
    // The rows whose number and phone moved away: each reported at a line of the shuffled window.
    for (const code of ['row-unnumbered', 'row-cells-missing']) {
      const found = located(result, code);
      expect(found.length, code).toBeGreaterThan(0);
      expect(
        found.filter(([file, line]) => file !== F.national || Number(line) < at || Number(line) >= at + 30),
      ).toEqual([]);
    }
    expectOthersUnchanged(result, F.national);
  });

  test("001 with 12 lines cut from its first row's street (line 211)", { timeout: 120_000 }, () => {
    const at = 211;
    // The premise: line 211 is the street of 001's first row, whose address, e-mail and phone follow.
    expect(lines(F.almaty)[at - 1]).toMatch(/көшесі/u);
    const result = run(withFile(F.almaty, damages.deleteLines(clean.get(F.almaty) as Buffer, at)));
    expect(exitStatus(result.report.diagnostics, false).code).toBe(1);
    expect(errorsOf(result).filter((d) => d.file !== F.almaty)).toEqual([]);
    // Reported where the cut shows: the hours that now follow the address's first two lines.
    expect(located(result, 'row-cells-missing')).toEqual([[F.almaty, at]]);
    expectOthersUnchanged(result, F.almaty);
  });

  test('000 without the last two rows of a region (12 lines from line 410)', { timeout: 120_000 }, () => {
    const at = 410;
    // The premise: the cut takes whole rows, two of them, so the region's numbering still runs on.
    const cut = cleanRun.offices.flatMap((o) =>
      o.sources.filter((s) => s.file === F.national && s.line >= at && s.line < at + 12).map(() => o.id),
    );
    expect(new Set(cut).size).toBe(2);
    const result = run(withFile(F.national, damages.deleteLines(clean.get(F.national) as Buffer, at)));
    expect(exitStatus(result.report.diagnostics, false).code).toBe(1);
    expect(errorsOf(result).filter((d) => d.file !== F.national)).toEqual([]);
    // The pinned rows 000 no longer gives, one error each, at the region's last row still read (above the cut).
    const missing = located(result, 'office-row-missing');
    expect(missing).toHaveLength(2);
    for (const [, line] of missing) expect(Number(line)).toBeGreaterThan(at - 40);
    for (const [, line] of missing) expect(Number(line)).toBeLessThan(at);
    expectOthersUnchanged(result, F.national);
  });
});

describe('stable across acts (issue 19)', () => {
  test('000 with junk bytes at line 401 moves no office of another file', { timeout: 120_000 }, () => {
    // Once the districts' centres were voted on by every act's offices, and this moved 001's Ұйғыр
    // ауданы offices from Chundzha to Konayev; other files' records include their coordinates.
    const result = run(withFile(F.national, damages.junk(clean.get(F.national) as Buffer, 401)));
    const status = exitStatus(result.report.diagnostics, false);
    expect(status.code).toBe(1);
    expect(status.message).toMatch(new RegExp(`${F.national}:\\d+ \\[`));
    expect(errorsOf(result).filter((d) => d.file !== F.national)).toEqual([]);
    expectOthersUnchanged(result, F.national);
  });

  test('without 000, the other acts read in reverse order, no record of theirs changes', { timeout: 120_000 }, () => {
    const without = new Map([...clean].filter(([name]) => name !== F.national));
    const result = runIngest(decode(without).reverse(), committedInputs());
    expect(errorsOf(result)).toEqual([]);
    // 000 shares offices with every other act: their ids stay, read from the other acts' rows alone.
    const shared = cleanRun.offices.filter(
      (o) => o.sources.some((s) => s.file === F.national) && o.sources.some((s) => s.file !== F.national),
    );
    expect(shared.length).toBeGreaterThan(50);
    expect(result.report.diagnostics.filter((d) => /^(office-id|district-centre)-/.test(d.code))).toEqual([]);
    expectOthersUnchanged(result, F.national);
    // Old district URLs redirect as before (without 000, `abai-audany` once looked like a former id; 000's
    // own Түрксіб ауданы is gone with it).
    const before = new Map(cleanRun.places.map((p) => [p.id, p.formerIds]));
    const changed = result.places.filter((p) => JSON.stringify(p.formerIds) !== JSON.stringify(before.get(p.id)));
    expect(changed).toEqual([]);
  });
});

describe('area codes from the phone own act (issue 19)', () => {
  test("without 001, 000's Талдықорған numbers written without a code stay byte-identical", {
    timeout: 120_000,
  }, () => {
    // 000 writes these five as bare six-digit numbers (`24-31-10`, line 1570). Their code once came from
    // 001's `8-7282 24-24-39` (row at line 10784), and without 001 from the merged city department, whose
    // shown spelling changed with it; now from 000's own row of that department (`8-7282 210491`).
    const completed = (r: IngestResult) =>
      r.offices
        .filter((o) => o.settlement === 'Талдықорған' && o.sources.every((s) => s.file === F.national))
        .flatMap((o) => o.phones.filter((p) => p.areaCode).map((p) => ({ id: o.id, p })));
    const bareTaldykorgan = (r: IngestResult) => completed(r).map((x) => JSON.stringify(x));
    const before = bareTaldykorgan(cleanRun);
    expect(before).toHaveLength(5);
    expect(completed(cleanRun).filter(({ p }) => p.areaCode?.source.file !== F.national)).toEqual([]);
    const without = run(new Map([...clean].filter(([name]) => name !== F.almaty)));
    expect(errorsOf(without)).toEqual([]);
    expect(bareTaldykorgan(without)).toEqual(before);
    expectOthersUnchanged(without, F.almaty);
  });
});
