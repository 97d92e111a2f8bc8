/**
 * Regions and districts as the tables name them, put back in the nominative the record wants:
 * `Ақмола облысының ХҚО` -> `Ақмола облысы`, `Маңғыстау облыстық ХҚО` -> `Маңғыстау облысы`,
 * `Алматы қаласы Алмалы ауданының ХҚО` -> `Алматы қаласы` + `Алмалы ауданы`.
 */

export interface PlaceName {
  /** `Ақмола облысы`, `Алматы қаласы`, `Ақкөл ауданы`. */
  name: string;
  level: 'region' | 'city' | 'district';
}

// A place is one or two words before its kind word; the first is capitalised, the second may not be
// (`Бұқар жырау ауданының`). The kind word takes -ы/-сы (`ауданы`, `қаласы`), then -ның (genitive) or
// -ндағы (`Қармақшы ауданындағы`); `облыстық` is the adjective (`Маңғыстау облыстық ХҚО`).
const PLACE_WORDS = String.raw`(?<place>\p{Lu}[\p{L}-]*(?: (?!шағын|мөлтек)[\p{L}-]+)?)`;
const KIND = '(?:(?:(?<kind>облыс|аудан)ы|(?<city>қала)сы)(?:ның|ндағы)?|(?<adj>облыс)тық)';
const PLACE = new RegExp(String.raw`(?<!\p{L})${PLACE_WORDS} ${KIND}(?!\p{L})`, 'gu');

const NOMINATIVE = { облыс: 'облысы', қала: 'қаласы', аудан: 'ауданы' } as const;
const LEVEL = { облыс: 'region', қала: 'city', аудан: 'district' } as const;

/** Every place a (normalised) text names, in order, in the text's own spelling. */
export function findPlaces(text: string): PlaceName[] {
  const found: PlaceName[] = [];
  for (const m of text.matchAll(PLACE)) {
    const kind = (m.groups?.kind ?? m.groups?.city ?? m.groups?.adj) as keyof typeof NOMINATIVE;
    const start = m.index ?? 0;
    const place = text.slice(start, start + (m.groups?.place ?? '').length);
    found.push({ name: `${place} ${NOMINATIVE[kind]}`, level: LEVEL[kind] });
  }
  return found;
}

/** The region a heading or name opens with: an oblast, or Astana/Almaty (cities of republican rank). */
export function regionOf(text: string): string | null {
  const first = findPlaces(text)[0];
  if (!first) return null;
  return first.level === 'region' || /^(?:Астана|Алматы) қаласы$/u.test(first.name) ? first.name : null;
}

/** The district or city below `region` that a text names first, or null. */
export function districtOf(text: string, region: string | null): string | null {
  const place = findPlaces(text).find((p) => p.level !== 'region' && p.name !== region);
  return place?.name ?? null;
}
