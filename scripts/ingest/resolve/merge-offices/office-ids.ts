/**
 * Short readable ids for merged offices: district (or region) + the distinguishing part of the name,
 * `akkol-audany-zhumyspen-kamtu-bolimi`, `aksu-audany-zhansugirov-kenttik-okrug`. Read from the office's
 * first row in source order (file, line), so rows of later acts joining the office never change its id.
 */
import { slugify } from '../../../../src/lib/slug.ts';
import type { OfficeRow } from '../../../../src/schemas/office.ts';

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

/**
 * Ids for all offices, colliding ones told apart deterministically: the office whose id row comes first
 * in source order keeps the plain id; the others get what tells them from it: their region in front
 * (`zhambyl-oblysy-...` for a second `Жамбыл ауданы`), else their settlement or postcode behind (002's
 * two `Қараағаш селолық округі` of Жаңаарқа ауданы, seated in Ынталы and Қараағаш), else a number.
 */
export function assignOfficeIds(offices: readonly (readonly OfficeRow[])[]): string[] {
  const idRows = offices.map(idRow);
  const order = idRows.map((_, i) => i).sort((a, b) => bySource(idRows[a] as OfficeRow, idRows[b] as OfficeRow));
  const taken = new Set<string>();
  const firstOfBase = new Map<string, OfficeRow>();
  const ids: string[] = new Array(offices.length).fill('');
  for (const i of order) {
    const row = idRows[i] as OfficeRow;
    const base = baseOfficeId(row);
    const first = firstOfBase.get(base);
    if (!first) firstOfBase.set(base, row);
    const differs = <K extends 'region' | 'settlement' | 'postcode'>(k: K) => first && row[k] && first[k] !== row[k];
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
  }
  return ids;
}
