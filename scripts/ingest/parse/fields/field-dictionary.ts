/**
 * Kazakh words the field parsers look for. Matching runs on text folded by `foldForMatch` (lower case,
 * Latin homoglyphs to Cyrillic), so every entry here is lower-case Cyrillic.
 */

import {
  CYRILLIC_TO_LATIN as ALL_CYRILLIC,
  LATIN_TO_CYRILLIC as ALL_LATIN,
} from '../../../../src/lib/text/homoglyphs.ts';

const pick = (map: Readonly<Record<string, string>>, keys: string): Record<string, string> =>
  Object.fromEntries([...keys].map((k) => [k, map[k] ?? k]));

/** Latin letters the acts type among Cyrillic (`Cағат`, `демалыс және мереке күндерiн`); from the shared dictionary. */
export const LATIN_TO_CYRILLIC: Record<string, string> = pick(ALL_LATIN, 'aceiopxyk');

/** Cyrillic letters typed inside e-mail addresses (`аkimat07@mail.ru`, 002); from the shared dictionary. */
export const CYRILLIC_TO_LATIN: Record<string, string> = pick(ALL_CYRILLIC, 'асеіорхук');

/** Weekday stems (case endings follow: `бейсенбісі`, `сейсенбі күндері`) and their RFC 5545 codes. */
export const WEEKDAYS: readonly { stem: string; rrule: string; osm: string }[] = [
  { stem: 'дүйсенбі', rrule: 'MO', osm: 'Mo' },
  { stem: 'сейсенбі', rrule: 'TU', osm: 'Tu' },
  { stem: 'сәрсенбі', rrule: 'WE', osm: 'We' },
  { stem: 'бейсенбі', rrule: 'TH', osm: 'Th' },
  { stem: 'жұма', rrule: 'FR', osm: 'Fr' },
  { stem: 'сенбі', rrule: 'SA', osm: 'Sa' },
  { stem: 'жексенбі', rrule: 'SU', osm: 'Su' },
];

/** Ordinal words in `әр айдың бірінші аптасы`, `әр айдың соңғы бейсенбісі`. */
export const ORDINAL_WORDS: Record<string, number> = {
  бірінші: 1,
  екінші: 2,
  үшінші: 3,
  төртінші: 4,
  соңғы: -1,
};

/** Phone labels: `тел.`, `тел/факс`, `тел.факс`, `факс:`; the longest first so `тел/факс` wins over `тел`. */
export const PHONE_LABELS: readonly { pattern: RegExp; type: 'phone' | 'fax' | 'phone-fax' }[] = [
  { pattern: /тел\s*[./]\s*факс\s*:?/iu, type: 'phone-fax' },
  { pattern: /телефон[ыа]?\s*:?/iu, type: 'phone' },
  { pattern: /тел\s*\.?\s*:?/iu, type: 'phone' },
  { pattern: /факс\s*:?/iu, type: 'fax' },
];

/** Settlement type words after a name (`Ақкөл қаласы`, `Жансүгіров кенті`), in folded spelling. */
export const SETTLEMENT_TYPES: readonly string[] = [
  'қаласы',
  'ауылы',
  'ауыл',
  'кенті',
  'селосы',
  'поселкесі',
  'станциясы',
];

/** Settlement abbreviations before a name (`а. Достык`, `а.Ынталы`, 001 rural akims). */
export const SETTLEMENT_PREFIXES: readonly string[] = ['а.', 'с.', 'п.', 'қ.', 'к.'];

/** Words that mark an address part as a street, not a settlement. */
export const STREET_WORDS: readonly string[] = [
  'көшесі',
  'көш.',
  'даңғылы',
  'даң.',
  'алаңы',
  'гүлзары',
  'шағын аудан',
  'ықшамаудан',
  'мөлтек',
  'атындағы көше',
  'тұйық',
];

/** Where a schedule starts inside an address or head cell (003, 004): `азаматтарды қабылдау кестесі:`. */
export const SCHEDULE_MARKERS: readonly RegExp[] = [
  /(жұмыс\s+және\s+)?қабылдау\s+кестесі\s*:/u,
  /азаматтарды\s+қабылдау\s+кестесі\s*:/u,
  /жұмыс\s+кестесі\s*:/u,
];
