/**
 * The answer index's shape, shared by the build (answer-index.ts) and the browser (answer-terms.ts). Rows
 * are arrays, not objects, because the file is loaded by every search page (at most 30 KB gzipped): the
 * field names would repeat a thousand times. Latin names are not in it: the browser derives them from the
 * Kazakh and Russian names by the tested rule (src/lib/names/latin.ts).
 */

/** Place kinds by number, in the order of `placeKinds` (src/schemas/place.ts). */
export const PLACE_KIND_CODES = ['region', 'district', 'city', 'rural-district', 'settlement'] as const;
export type PlaceKindCode = number;

/**
 * A place: its name as the acts write it, its kind, its parent (row index, -1 for none), its page id (empty
 * for rural districts and settlements, which have no page of their own), its reviewed Russian name (empty
 * when none), and other names people type (the acts' other spellings, Russian forms, GeoNames' Cyrillic
 * names of a settlement).
 */
export type PlaceRow = [name: string, kind: PlaceKindCode, parent: number, id: string, ru: string, names: string[]];

/**
 * A service: id, official names (kk, ru), everyday short names (kk, ru), the words people type (both
 * languages, one list), and the place rows of the districts where an act applies (its service x district
 * answers).
 */
export type ServiceRow = [
  id: string,
  kk: string,
  ru: string,
  shortKk: string,
  shortRu: string,
  words: string[],
  districts: number[],
];

/** A life situation: id, names (kk, ru), its services (service rows), the words people use. */
export type SituationRow = [id: string, kk: string, ru: string, services: number[], words: string[]];

/** An office kind: its one-office names (kk, ru) and the words people use for it. */
export type KindRow = [kk: string, ru: string, words: string[]];

/**
 * Today's geography: today's name (kk, ru), other forms, the acts' places it concerns (place rows), the
 * change's kind and year (null when unconfirmed).
 */
export type TodayRow = [kk: string, ru: string, forms: string[], places: number[], kind: string, year: number | null];

export interface AnswerIndex {
  /** Format version: the browser ignores an index it does not know. */
  v: 1;
  places: PlaceRow[];
  services: ServiceRow[];
  situations: SituationRow[];
  kinds: KindRow[];
  today: TodayRow[];
}
