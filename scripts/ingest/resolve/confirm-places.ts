/**
 * Which districts and cities of regional significance are real, and their ids (issue 19). A district
 * group (group-districts.ts: one per district, whatever spellings the acts use) is confirmed by the
 * reviewed place list (content/names/ru.json, each entry with its source), which also gives its id and
 * name, so no act's presence, order or spelling renames it (`sarkan-audany` once became `sarkant-audany`
 * when 001 was damaged). A place the list lacks but the gazetteer or a second act knows is published
 * under a warning, with an id from its spellings in alphabetical order; one that nothing else knows (a
 * fabricated `Жаңаауыл ауданы` row once made district pages in both languages) is an error naming each
 * row, and gets no page.
 */
import { slugify } from '../../../src/lib/slug.ts';
import type { Office } from '../../../src/schemas/office.ts';
import type { RussianPlaceName } from '../../../src/schemas/russian-names.ts';
import type { KzGazetteer } from '../../geodata/types.ts';
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic } from '../types.ts';
import { placeKey } from './geocode/place-key.ts';
import { type DistrictGroup, sameDistrict } from './group-districts.ts';
import { foldKazakh } from './merge-offices/office-keys.ts';

export interface ConfirmedGroup extends DistrictGroup {
  /** False for a place nothing confirms: it gets no page, and its offices sit in their region. */
  confirmed: boolean;
}

export interface PlaceSources {
  reviewed: readonly RussianPlaceName[];
  gazetteer: KzGazetteer;
}

/** A reviewed entry with its name and spellings folded, once per run rather than once per district group. */
interface ReviewedPlace {
  entry: RussianPlaceName;
  folded: string[];
}

/**
 * The reviewed entry for a group: by its name or one of the spellings the entry lists (`Щучье ауданы` for
 * `Бурабай ауданы`, which only 000 beside 004 tells), else by the id one of its spellings gives, else
 * by a spelling one letter off or one ending the other (`Сәтбаев` / `Сәтпаев`, `Тұрар Рысқұлов` /
 * `Рысқұлов`), as groupDistricts joins spellings: so a group one act alone spells still finds its entry.
 */
function reviewedEntry(group: DistrictGroup, reviewed: readonly ReviewedPlace[]): RussianPlaceName | null {
  const region = slugify(group.region);
  // `Жамбыл ауданы` of three regions: the reviewed ids carry the region in front.
  const pick = (found: readonly RussianPlaceName[]): RussianPlaceName | null => {
    const inRegion = found.filter((r) => r.id.startsWith(`${region}-`));
    const named = inRegion.length > 0 ? inRegion : found;
    // Two entries of other regions, neither this one's: not told apart, so none.
    return named.length === 1 || inRegion.length > 0
      ? ([...named].sort((a, b) => a.id.localeCompare(b.id))[0] ?? null)
      : null;
  };
  const folded = new Set(group.spellings.map(foldKazakh));
  const byName = pick(reviewed.filter((r) => r.folded.some((k) => folded.has(k))).map((r) => r.entry));
  if (byName) return byName;
  const ids = new Set(group.spellings.flatMap((s) => [slugify(s), `${region}-${slugify(s)}`]));
  const byId = reviewed.find((r) => ids.has(r.entry.id));
  if (byId) return byId.entry;
  return pick(reviewed.filter((r) => group.spellings.some((s) => sameDistrict(s, r.entry.kk))).map((r) => r.entry));
}

/**
 * GeoNames' districts (`Talgarskiy Rayon`, `Rayymbek Aūdany`) and towns, by the spelling-blind key of the
 * name's first word; a district's key may carry the Russian adjective ending (`talgarski`).
 */
function gazetteerKeys(gazetteer: KzGazetteer): Set<string> {
  const first = (name: string) => placeKey(name.trim().split(/\s+/)[0] ?? '');
  return new Set([
    ...gazetteer.admin2.map((a) => first(a.name)),
    ...gazetteer.places.flatMap((p) => [p.name, ...p.altNames].map(first)),
  ]);
}

function gazetteerKnows(keys: ReadonlySet<string>, spelling: string): boolean {
  const words = spelling.trim().split(/\s+/);
  const key = placeKey(words.slice(0, -1).join(' ') || spelling);
  return key.length >= 3 && (keys.has(key) || keys.has(`${key}ski`));
}

const filesOf = (offices: readonly Office[]) => new Set(offices.flatMap((o) => o.sources.map((s) => s.file)));

export function confirmPlaces(
  groups: readonly DistrictGroup[],
  offices: readonly Office[],
  sources: PlaceSources,
): { groups: ConfirmedGroup[]; diagnostics: Diagnostic[] } {
  const keys = gazetteerKeys(sources.gazetteer);
  const reviewed = sources.reviewed.map((entry) => ({ entry, folded: [entry.kk, ...entry.spellings].map(foldKazakh) }));
  const diagnostics: Diagnostic[] = [];
  const confirmed = groups.map((group): ConfirmedGroup => {
    const entry = reviewedEntry(group, reviewed);
    if (entry) {
      // The reviewed name, whatever spellings the acts present today use; theirs stay other names.
      return { ...group, id: entry.id, name: entry.kk, confirmed: true };
    }
    const spellings = new Set(group.spellings);
    const its = offices.filter((o) => o.region === group.region && o.district !== null && spellings.has(o.district));
    const files = filesOf(its);
    const known = group.spellings.some((s) => gazetteerKnows(keys, s));
    const id = slugify([...group.spellings].sort()[0] as string);
    if (known || files.size > 1) {
      const by = known ? 'the gazetteer' : `${files.size} acts`;
      const first = its[0]?.sources[0];
      diagnostics.push(
        diagnostic(
          'warning',
          'place-unreviewed',
          `${group.name} (${group.region}) is known to ${by} but not to the reviewed place list (content/names/ru.json); published as ${id}: add a reviewed entry`,
          { file: first?.file ?? '', line: first?.line ?? null },
        ),
      );
      return { ...group, id, confirmed: true };
    }
    for (const o of its) {
      for (const s of o.sources) {
        diagnostics.push(
          diagnostic(
            'error',
            'place-unknown',
            `${o.district} (${group.region}), named by this row, is in no gazetteer entry, no reviewed place list (content/names/ru.json) and no other act: no page made for it; add a reviewed entry with its source if it is real`,
            { file: s.file, line: s.line },
          ),
        );
      }
    }
    return { ...group, id, confirmed: false };
  });
  return { groups: confirmed, diagnostics };
}
