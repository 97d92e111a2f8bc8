/**
 * Damage to source files for the ingest's mutation tests (tests/ingest/mutations.test.ts), and what one
 * file contributes to the records, to compare a damaged run with the clean one. Damage works on the
 * bytes, as `npm run ingest` reads them; every kind is deterministic (no random seed), so a failure
 * reproduces.
 */
import type { IngestResult } from '../../scripts/ingest/run-ingest.ts';

export type Files = Map<string, Buffer>;

export const lines = (bytes: Buffer): string[] => bytes.toString('utf8').split('\n');
export const fromLines = (ls: readonly string[]): Buffer => Buffer.from(ls.join('\n'), 'utf8');

/** The byte offset where 1-based `line` starts. */
export const byteOfLine = (bytes: Buffer, line: number): number =>
  Buffer.byteLength(
    `${lines(bytes)
      .slice(0, line - 1)
      .join('\n')}\n`,
  );

/** The kinds of damage the suite applies, each at a 1-based line of the file. */
export const damages = {
  /** The file cut after `line`. */
  truncate: (bytes: Buffer, line: number) => fromLines([...lines(bytes).slice(0, line), '']),
  /** 300 bytes from the start of `line` overwritten with bytes that are not UTF-8 text. */
  junk: (bytes: Buffer, line: number) => {
    const out = Buffer.from(bytes);
    const at = byteOfLine(bytes, line);
    for (let i = 0; i < 300 && at + i < out.length; i++) out[at + i] = (i * 151 + 89) % 256;
    return out;
  },
  /** Twelve lines from `line` deleted. */
  deleteLines: (bytes: Buffer, line: number) => {
    const ls = lines(bytes);
    return fromLines([...ls.slice(0, line - 1), ...ls.slice(line + 11)]);
  },
  /** Thirty lines from `line` in another order: every third line first, then the rest (a fixed shuffle). */
  shuffleWindow: (bytes: Buffer, line: number) => {
    const ls = lines(bytes);
    const window = ls.slice(line - 1, line + 29);
    const shuffled = [...window.filter((_, i) => i % 3 === 2), ...window.filter((_, i) => i % 3 !== 2)];
    return fromLines([...ls.slice(0, line - 1), ...shuffled, ...ls.slice(line + 29)]);
  },
  /** Two hundred lines from `line` repeated right after themselves. */
  duplicateBlock: (bytes: Buffer, line: number) => {
    const ls = lines(bytes);
    const block = ls.slice(line - 1, line + 199);
    return fromLines([...ls.slice(0, line + 199), ...block, ...ls.slice(line + 199)]);
  },
  /** Five lines of printable garbage inserted before `line`. */
  garbageLines: (bytes: Buffer, line: number) => {
    const ls = lines(bytes);
    const garbage = ['#%&@!~ qwx zzv', '}}}{{{ 0x7f 0x00', 'lorem ipsum ~~~ 12 34', '@@@@@@@@@@', '\t;;;\t|||\t'];
    return fromLines([...ls.slice(0, line - 1), ...garbage, ...ls.slice(line - 1)]);
  },
  /** Nothing left. */
  empty: () => Buffer.alloc(0),
} as const;

export type DamageKind = keyof typeof damages;

/** Ids of the offices a run lists with at least one row of `file`. */
const listedIn = (run: IngestResult, file: string): Set<string> =>
  new Set(run.offices.filter((o) => o.sources.some((s) => s.file === file)).map((o) => o.id));

/**
 * What a file contributes, as JSON: its act, its service versions and their services' ids, the offices
 * listed in it alone (`officeIds`) whole, with their coordinates and place ids, and the id of the office
 * each of its rows is read into, shared with another file or not (ids are pinned per row, issue 19).
 * Links to services and roles for other files' versions cross files (a complaint route of one act names
 * another act's office); the office's own facts do not, phones included: a number written without its
 * area code is completed from its own act or the reviewed table of city codes, never another act.
 */
export function recordsOf(result: IngestResult, file: string, officeIds: ReadonlySet<string>): string {
  // A version lists the offices of its tables, which all list a row of this file; its complaint route
  // names the offices that take complaints, wherever they are listed (000 lists the regional departments
  // 002's routes end at): compared for the offices with a row in this file, whose ids are pinned.
  const listed = listedIn(result, file);
  const versions = result.services
    .flatMap((s) => s.versions)
    .filter((v) => v.sources.some((s) => s.file === file))
    .map((v) => ({
      ...v,
      offices: v.offices?.filter((id) => listed.has(id)),
      complaintOffices: v.complaintOffices
        ?.map((c) => ({
          ...c,
          steps: c.steps
            .map((step) => ({ ...step, officeIds: step.officeIds.filter((id) => listed.has(id)) }))
            .filter((step) => step.officeIds.length > 0),
        }))
        .filter((c) => c.steps.length > 0),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const own = new Set(versions.map((v) => v.id));
  const serviceIds = result.services
    .filter((s) => s.versions.some((v) => own.has(v.id)))
    .map((s) => s.id)
    .sort();
  // Each row of the file and the id of the office it is read into.
  const rowIds = result.offices
    .flatMap((o) => o.sources.filter((s) => s.file === file).map((s) => `${s.line} ${s.appendix} ${o.id}`))
    .sort();
  return JSON.stringify({
    acts: result.acts.filter((a) => a.file === file),
    versions,
    serviceIds,
    rowIds,
    offices: result.offices
      .filter((o) => officeIds.has(o.id))
      .map((o) => ({
        ...o,
        services: undefined,
        roles: o.roles?.filter((r) => own.has(r.version)),
      })),
  });
}

/** Ids of the offices every row of which comes from `file`. */
export const onlyIn = (result: IngestResult, file: string): Set<string> =>
  new Set(result.offices.filter((o) => o.sources.every((s) => s.file === file)).map((o) => o.id));

/** Office rows read from a file's tables. */
export const rowsOf = (result: IngestResult, file: string): number =>
  result.report.files
    .filter((f) => f.file === file)
    .flatMap((f) => f.appendices)
    .reduce((n, a) => n + a.recordsEmitted, 0);

/** Every record, as the emitted files hold them: a run that exits 0 must leave all of them as they were. */
export const allRecords = (result: IngestResult): string =>
  JSON.stringify([result.acts, result.services, result.offices, result.places]);
