/**
 * The ingest against damaged sources (issue 11): each mutation of one file must give an error that names
 * the file and a line (never a stack trace), leave every other file's records byte-identical to the clean
 * run, report any loss of the file's own rows at error level, and set the exit code accordingly. Mutations
 * work on bytes and go through decodeSource, as `npm run ingest` reads files. Renamed sources: see
 * full-run.test.ts (recognition by content, issue 12).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { exitStatus } from '../../scripts/ingest/exit-status.ts';
import { decodeSource } from '../../scripts/ingest/integrity/decode-source.ts';
import { type IngestResult, runIngest } from '../../scripts/ingest/run-ingest.ts';
import type { SourceText } from '../../scripts/ingest/types.ts';
import { committedInputs, ingestCommittedSources } from '../helpers/ingest-inputs.ts';

type Files = Map<string, Buffer>;

const F = {
  national: '000_8780a4b2e90bbbe3.txt',
  almaty: '001_c8303bd5a1b4be25.txt',
  karaganda: '002_24378b1da5dcbe4b.txt',
  zhambyl: '003_c35db5c653e8b815.txt',
  akmola: '004_b408720c1e18927b.txt',
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

/**
 * Phones whose area code was completed from another file's number (the note cites `00N_…:line`): a
 * declared cross-file inference, like the links to services, so left out of the comparison. 000 writes
 * Taldykorgan numbers without a code and only 001 shows it: cut 001, and they rightly fall back to
 * `number: null`. (A fixed city-to-code table would remove this dependency: issue 13.)
 */
function ownPhones(office: IngestResult['offices'][number]) {
  const own = office.sources[0]?.file ?? '';
  return office.phones.map((p) =>
    /\d{3}_[0-9a-f]+\.txt:\d+/.test(p.note ?? '') && !(p.note ?? '').includes(own) ? { raw: p.raw, type: p.type } : p,
  );
}

/** What a file contributes: its act, its service versions, the offices listed in it alone. */
function recordsOf(result: IngestResult, file: string, officeIds: ReadonlySet<string>, clean?: IngestResult): string {
  const crossFile = new Set(
    (clean ?? result).offices.flatMap((o) =>
      o.phones.filter((p, i) => ownPhones(o)[i] !== p).map((p) => `${o.id}|${p.raw}`),
    ),
  );
  const versions = result.services
    .flatMap((s) => s.versions)
    .filter((v) => v.sources.some((s) => s.file === file))
    .sort((a, b) => a.id.localeCompare(b.id));
  const own = new Set(versions.map((v) => v.id));
  const serviceIds = result.services
    .filter((s) => s.versions.some((v) => own.has(v.id)))
    .map((s) => s.id)
    .sort();
  return JSON.stringify({
    acts: result.acts.filter((a) => a.file === file),
    versions,
    serviceIds,
    // Links to services and roles cross files; the office's own facts do not.
    offices: result.offices
      .filter((o) => officeIds.has(o.id))
      .map((o) => ({
        ...o,
        phones: o.phones.map((p) => (crossFile.has(`${o.id}|${p.raw}`) ? { raw: p.raw, type: p.type } : p)),
        services: undefined,
        roles: o.roles?.filter((r) => own.has(r.version)),
      })),
  });
}

const onlyIn = (result: IngestResult, file: string) =>
  new Set(result.offices.filter((o) => o.sources.every((s) => s.file === file)).map((o) => o.id));

/** Office rows read from a file's tables. */
const rowsOf = (result: IngestResult, file: string) =>
  result.report.files
    .filter((f) => f.file === file)
    .flatMap((f) => f.appendices)
    .reduce((n, a) => n + a.recordsEmitted, 0);

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
      expect(recordsOf(result, other, ids, cleanRun), other).toBe(recordsOf(cleanRun, other, ids));
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
      expect(recordsOf(result, other, ids, cleanRun), other).toBe(recordsOf(cleanRun, other, ids));
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
