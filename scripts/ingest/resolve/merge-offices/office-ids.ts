/**
 * Ids of merged offices. Published ids are pinned (content/names/office-ids.json): each act row listing
 * an office maps to its id, so an office keeps its id whichever acts are read and in whatever order,
 * however other rows merge or clash (issue 19). An office none of whose rows is pinned (a new act, a new
 * row) gets a new short readable id, district (or region) + the distinguishing part of the name,
 * `akkol-audany-zhumyspen-kamtu-bolimi`, never one the list holds, and a warning gives the entry that
 * pins it: no id is invented silently.
 */
import { slugify } from '../../../../src/lib/slug.ts';
import type { OfficeRow } from '../../../../src/schemas/office.ts';
import { type OfficeIdEntry, type OfficeIdRow, officeIdSchema } from '../../../../src/schemas/office-id.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { Diagnostic } from '../../types.ts';
import { reviewedEntries } from '../reviewed-entries.ts';

export const OFFICE_IDS_FILE = 'content/names/office-ids.json';

export const MAX_ID_LENGTH = 60;

/** Name parts every office of a kind shares, or that only say who it belongs to, in the acts' spelling. */
const ID_FILLERS: readonly RegExp[] = [
  /\(?әрі қарай ММ\)?/giu,
  /мемлекеттік мекемесі/giu,
  /(?<![\p{L}])Р?ММ(?![\p{L}])/gu,
  /әкімиятының|әкімдігінің/giu,
  /және (халықты )?әлеуметтік (бағдарламалар(ды)?|қорғау)/giu,
  /халыққа қызмет көрсету орталығы/giu,
];
const RURAL_FILLERS: readonly RegExp[] = [/(аудан )?әкім(інің|нің|і)? аппараты/giu, /аппараты|әкімдігі/giu];

/** Cuts a slug to `max` characters at a word boundary. */
export function cutSlug(slug: string, max = MAX_ID_LENGTH): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const at = cut.lastIndexOf('-');
  return (at > 0 ? cut.slice(0, at) : slug.slice(0, max)).replace(/-+$/, '');
}

const placePatterns = new Map<string, RegExp | null>();

/** `Ақкөл ауданы` -> a pattern for `Ақкөл ауданының`, `Ақкөл аудандық` (memoised: ~200 places, 761 offices). */
function placePattern(place: string): RegExp | null {
  const known = placePatterns.get(place);
  if (known !== undefined) return known;
  const stem = place.replace(/\s+(ауданы|қаласы|облысы)$/u, '').trim();
  const escaped = stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Only with its place word: `Жамбыл селолық округ` in `Жамбыл ауданы` keeps its `Жамбыл`.
  const pattern = stem ? new RegExp(`${escaped}\\s+(аудан|қала|облыс)[\\p{L}]*`, 'giu') : null;
  placePatterns.set(place, pattern);
  return pattern;
}

/** Drops the words of a place name and their case forms: `Ақкөл ауданы` takes `Ақкөл ауданының` too. */
function dropPlace(text: string, place: string | null): string {
  const pattern = place ? placePattern(place) : null;
  return pattern ? text.replace(pattern, ' ') : text;
}

export function baseOfficeId(row: Pick<OfficeRow, 'kind' | 'name' | 'region' | 'district'>): string {
  let short = row.name.replace(/["«»“”]/g, ' ');
  for (const p of [...ID_FILLERS, ...(row.kind === 'rural-akim' ? RURAL_FILLERS : [])]) short = short.replace(p, ' ');
  // `халыққа қызмет көрсету орталығы` went above: centres read `... филиалы ХҚО` like 000's `ХҚО`.
  if (row.kind === 'public-service-centre' && !/ХҚО/u.test(short)) short = `${short} ХҚО`;
  short = dropPlace(dropPlace(short, row.district), row.region);
  const place = slugify(row.district ?? row.region);
  const rest = slugify(short) || slugify(row.kind);
  return cutSlug(`${place}-${rest}`);
}

const bySource = (a: OfficeRow, b: OfficeRow) => {
  const x = a.sources[0];
  const y = b.sources[0];
  return (x?.file ?? '').localeCompare(y?.file ?? '') || (x?.line ?? 0) - (y?.line ?? 0);
};

/** The row an office's id is read from: the first in (file, line) order. */
export function idRow(rows: readonly OfficeRow[]): OfficeRow {
  const row = [...rows].sort(bySource)[0];
  if (!row) throw new Error('office without rows');
  return row;
}

/** A row as the pinned list names it: the row's act, kind and region, and what else it says. */
interface PinnedRow {
  kind: OfficeRow['kind'];
  region: string;
  row: OfficeIdRow;
}

function pinnedRow(row: OfficeRow): PinnedRow {
  const given = <T>(value: T | null) => (value === null ? undefined : value);
  return {
    kind: row.kind,
    region: row.region,
    row: {
      act: row.sources[0]?.act ?? '',
      district: given(row.district),
      name: row.name,
      settlement: given(row.settlement),
      postcode: given(row.postcode),
    },
  };
}

const fold = (text: string | undefined) => (text ?? '').toLowerCase().replace(/\s+/gu, ' ').trim();
/** What identifies a row in the pinned list: its act and what it says, names folded for case and spacing. */
const rowKey = ({ kind, region, row: r }: PinnedRow) =>
  [r.act, kind, region, r.district ?? '', fold(r.name), fold(r.settlement), r.postcode ?? ''].join('|');

export interface OfficeIds {
  /** The pinned id of the office a row lists, or null. */
  idFor: (row: OfficeRow) => string | null;
  /** Every pinned id, present in this run or not: a new office never takes one. */
  ids: ReadonlySet<string>;
  /** Every pinned row with its key and id: a row of an act that is read must be read again. */
  rows: readonly { key: string; id: string; kind: OfficeRow['kind']; region: string; row: OfficeIdRow }[];
  diagnostics: Diagnostic[];
}

export function parseOfficeIds(input: unknown): OfficeIds {
  const byKey = new Map<string, string>();
  const ids = new Set<string>();
  const pinnedRows: OfficeIds['rows'][number][] = [];
  const at = { file: OFFICE_IDS_FILE };
  const read = reviewedEntries(input, officeIdSchema, { file: OFFICE_IDS_FILE, code: 'office-id-invalid' });
  const diagnostics = [...read.diagnostics];
  for (const { entry, index: i } of read.entries) {
    const { id, kind, region, rows } = entry;
    if (ids.has(id))
      diagnostics.push(diagnostic('error', 'office-id-invalid', `/${i} (${id}): the id is listed twice`, at));
    ids.add(id);
    rows.forEach((row, k) => {
      const key = rowKey({ kind, region, row });
      const other = byKey.get(key);
      if (other && other !== id) {
        const message = `/${i}/rows/${k} (${id}): the row is pinned to ${other} too`;
        diagnostics.push(diagnostic('error', 'office-id-invalid', message, at));
      } else if (!other) {
        byKey.set(key, id);
        pinnedRows.push({ key, id, kind, region, row });
      }
    });
  }
  return { idFor: (row) => byKey.get(rowKey(pinnedRow(row))) ?? null, ids, rows: pinnedRows, diagnostics };
}

/** No pinned ids: every office gets the id its rows give (tests of merging alone). */
export const NO_OFFICE_IDS: OfficeIds = parseOfficeIds([]);

/** The list entry that pins an office's id to its rows, one per distinct row (kind and region: the first row's). */
export function officeIdEntry(id: string, rows: readonly OfficeRow[]): OfficeIdEntry {
  const read = [...rows].sort(bySource).map(pinnedRow);
  const first = read[0];
  if (!first) throw new Error('office without rows');
  const unique = new Map(read.map((r) => [rowKey({ ...first, row: r.row }), r.row] as const));
  return { id, kind: first.kind, region: first.region, rows: [...unique.values()] };
}

const where = (row: OfficeRow) => {
  const s = row.sources[0];
  return s ? `${s.file}:${s.line}` : 'an unknown row';
};

/**
 * Ids for all offices: the pinned id its rows map to; then, for the offices no pinned row names, a new id
 * told apart deterministically from every other id.
 */
export function assignOfficeIds(
  offices: readonly (readonly OfficeRow[])[],
  pinned: OfficeIds = NO_OFFICE_IDS,
): { ids: string[]; diagnostics: Diagnostic[] } {
  const idRows = offices.map(idRow);
  const order = idRows.map((_, i) => i).sort((a, b) => bySource(idRows[a] as OfficeRow, idRows[b] as OfficeRow));
  const ids: string[] = new Array(offices.length).fill('');
  const diagnostics: Diagnostic[] = [];
  const holder = new Map<string, number>();
  for (const i of order) {
    const row = idRows[i] as OfficeRow;
    const rows = [...(offices[i] ?? [])].sort(bySource);
    const pins = [...new Set(rows.map(pinned.idFor).filter((id): id is string => id !== null))];
    const [id, ...others] = pins;
    if (!id) continue;
    if (others.length) {
      // Rows once of several offices read as one now (a new act's row joins them): the first row's id is
      // kept; the others' pages lose their office, so say so.
      const message = `${id}: rows pinned to ${others.join(', ')} are now the same office; it keeps ${id}, the other ids are not published`;
      diagnostics.push(diagnostic('warning', 'office-id-merged', message, row.sources[0] ?? { file: '' }));
    }
    const held = holder.get(id);
    if (held !== undefined) {
      // Rows once of one office read as two (the act that joined them is missing): the one met first
      // keeps the id, the other is new.
      const message = `${id}: its pinned rows are two offices now; the one at ${where(idRows[held] as OfficeRow)} keeps the id`;
      diagnostics.push(diagnostic('warning', 'office-id-split', message, row.sources[0] ?? { file: '' }));
      continue;
    }
    holder.set(id, i);
    ids[i] = id;
  }
  const taken = new Set([...pinned.ids, ...holder.keys()]);
  const firstOfBase = new Map<string, OfficeRow>();
  for (const i of order.filter((k) => ids[k] === '')) {
    const row = idRows[i] as OfficeRow;
    const base = baseOfficeId(row);
    const first = firstOfBase.get(base);
    if (!first) firstOfBase.set(base, row);
    // Told apart from the first new office of the same base, or from a pinned office that holds the base.
    const differs = <K extends 'region' | 'settlement' | 'postcode'>(k: K) =>
      row[k] && (first ? first[k] !== row[k] : pinned.ids.has(base));
    const candidates = [
      base,
      differs('region') ? cutSlug(`${slugify(row.region)}-${base}`) : null,
      differs('settlement') ? `${base}-${slugify(row.settlement ?? '')}` : null,
      differs('postcode') ? `${base}-${row.postcode}` : null,
    ];
    let id = candidates.find((c): c is string => c !== null && !taken.has(c));
    for (let n = 2; !id; n++) if (!taken.has(`${base}-${n}`)) id = `${base}-${n}`;
    taken.add(id);
    ids[i] = id;
    if (pinned !== NO_OFFICE_IDS) {
      const entry = JSON.stringify(officeIdEntry(id, offices[i] ?? []));
      const message = `new office «${row.name}» (${row.region}): id ${id} is not in ${OFFICE_IDS_FILE}; to pin it, add ${entry}`;
      diagnostics.push(diagnostic('warning', 'office-id-new', message, row.sources[0] ?? { file: '' }));
    }
  }
  if (pinned !== NO_OFFICE_IDS) diagnostics.push(...missingPinnedRows(offices.flat(), pinned));
  return { ids, diagnostics };
}

/**
 * Pinned rows of an act that is read but that the act no longer gives: whole rows lost from a table whose
 * numbering still runs on (the last rows of a region's list cut, say) leave no other trace in the file.
 * A row read differently (a name edited) is a pinned row missing and a new row beside it, which
 * `office-id-new` already tells; so only where an act gives fewer rows of a kind and region than it pins
 * are the missing ones an error, each at the act's last row of that kind and region still read.
 */
function missingPinnedRows(rows: readonly OfficeRow[], pinned: OfficeIds): Diagnostic[] {
  const group = (act: string, kind: string, region: string) => [act, kind, region].join('|');
  const read = new Set(rows.map((r) => rowKey(pinnedRow(r))));
  const acts = new Set(rows.map((r) => r.sources[0]?.act ?? ''));
  const last = new Map<string, OfficeRow>();
  const firstOfAct = new Map<string, OfficeRow>();
  const unpinned = new Map<string, Set<string>>();
  for (const row of [...rows].sort(bySource)) {
    const act = row.sources[0]?.act ?? '';
    const at = group(act, row.kind, row.region);
    last.set(at, row);
    if (!firstOfAct.has(act)) firstOfAct.set(act, row);
    if (pinned.idFor(row) === null) unpinned.set(at, (unpinned.get(at) ?? new Set()).add(rowKey(pinnedRow(row))));
  }
  const missing = Map.groupBy(
    pinned.rows.filter(({ key, row }) => acts.has(row.act) && !read.has(key)),
    ({ kind, region, row }) => group(row.act, kind, region),
  );
  return [...missing].flatMap(([at, lost]) => {
    const added = unpinned.get(at)?.size ?? 0;
    if (lost.length <= added) return [];
    return lost.map(({ id, region, row }) => {
      const near = last.get(at) ?? firstOfAct.get(row.act);
      const place = [row.district, region].filter(Boolean).join(', ');
      const message = `«${row.name}» (${place}), a row of act ${row.act} pinned to ${id}, is not in the act as read, which gives ${lost.length - added} row(s) fewer of its kind in ${region} than pinned: rows lost?`;
      return diagnostic('error', 'office-row-missing', message, near?.sources[0] ?? { file: OFFICE_IDS_FILE });
    });
  });
}
