/**
 * Which settlement and district an office row names: the parsed `settlement`/`district` fields when the
 * table parser filled them, else read from the address (`020100, Ақкөл қаласы, Нұрмағамбетов көшесi,
 * 81`, `Ақсу ауданы, Жансүгіров кенті, Желтоқсан көшесі, 5`, `г. Тараз`) or the office's own name
 * (`Ақкөл ауданының жұмыспен қамту ... бөлiмi`). Pure.
 */
import type { Office } from '../../../../src/schemas/office.ts';
import { DISTRICT_WORDS, SETTLEMENT_WORDS_AFTER, SETTLEMENT_WORDS_BEFORE } from './geo-dictionary.ts';

/** File 000 writes Latin `i` for `і` (`кентi`); compare words with it folded. */
function fold(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/i/g, 'і');
}

const AFTER = new Set(SETTLEMENT_WORDS_AFTER.map(fold));
const BEFORE = new Set(SETTLEMENT_WORDS_BEFORE.map(fold));
const DISTRICT = new Set(DISTRICT_WORDS.map(fold));
const CITY = new Set(['қаласы', 'қаласының'].map(fold));
/** A capitalised word, possibly after initials: `Ақкөл`, `Ақсу-Аюлы`, `Б.Момышұлы`, `Т.`. */
const NAME_WORD = /^(?:\p{Lu}\.)*\p{Lu}[\p{L}-]*\.?$/u;
/**
 * Lower-case words that belong to a settlement's name: `Өтеген батыр кенті`, `Балпық би кенті`, `Төле би
 * ауылы`; and short fragments a letter-spaced cell leaves (`Жансүг іров кенті`, `Балпық б и кенті`).
 */
const NAME_TAIL = /^(?:батыр|би|ата|ана|хан|жырау|\p{Ll}{1,4})$/u;

function tokens(text: string): string[] {
  return text.split(/[\s,;«»"()]+/u).filter(Boolean);
}

/**
 * The name standing before `words[end]`: up to two lower-case tail words, then one or two capitalised
 * words (`Бауыржан Момышұлы ауылы`, `Т. Рысқұлов ауылы`). Null when no capitalised word is there.
 */
function nameBefore(words: readonly string[], end: number): string | null {
  let i = end - 1;
  const tail: string[] = [];
  while (i >= 0 && tail.length < 2 && NAME_TAIL.test(words[i] ?? '') && !NAME_WORD.test(words[i] ?? '')) {
    tail.unshift(words[i] as string);
    i--;
  }
  const head: string[] = [];
  while (i >= 0 && head.length < 2 && NAME_WORD.test(words[i] ?? '')) {
    head.unshift(words[i] as string);
    i--;
  }
  return head.length ? [...head, ...tail].join(' ') : null;
}

/** The first settlement an address names, or null. */
export function settlementInAddress(address: string): string | null {
  const words = tokens(address);
  for (let i = 0; i < words.length; i++) {
    const word = fold(words[i] ?? '');
    if (AFTER.has(word)) {
      const name = nameBefore(words, i);
      if (name) return name;
    }
    const next = words[i + 1] ?? '';
    if (BEFORE.has(word) && NAME_WORD.test(next)) return next;
  }
  return null;
}

/** The district (`Ақсу ауданы`) or city of regional significance (`Степногор қаласы`) a text names first. */
export function districtInText(text: string): string | null {
  const words = tokens(text);
  for (let i = 0; i < words.length; i++) {
    const word = fold(words[i] ?? '');
    const name = DISTRICT.has(word) ? nameBefore(words, i) : null;
    if (name) return `${name} ауданы`;
  }
  return null;
}

/** `Степногор қаласының ... бөлiмi` -> `Степногор қаласы`: an office of a city's own administration. */
export function cityInName(name: string): string | null {
  const words = tokens(name);
  const at = words.findIndex((w) => CITY.has(fold(w)));
  if (at < 0) return null;
  const city = nameBefore(words, at);
  return city ? `${city} қаласы` : null;
}

/** Words of a street, not a settlement: a parsed `settlement` holding one is not trusted. */
const STREET_WORDS = new Set(['көшесі', 'көше', 'даңғылы', 'қиылысы', 'шағын', 'мөлтек', 'атындағы'].map(fold));
const REGION_OR_DISTRICT = new Set(['облысы', 'ауданы'].map(fold));

/**
 * A parsed `settlement` cleaned of its type word (`Жансүгіров кенті`, `г. Тараз`) and of a region or
 * district before it (`Қарағанды облысы Осакаровка`); null when it names a street (`Бөкейхан даңғылы`).
 */
export function bareSettlement(name: string): string | null {
  let words = name.trim().split(/\s+/);
  if (words.some((w) => STREET_WORDS.has(fold(w)) || /\d/.test(w))) return null;
  const after = words.findLastIndex((w) => REGION_OR_DISTRICT.has(fold(w)));
  if (after >= 0) words = words.slice(after + 1);
  if (words.length > 1 && AFTER.has(fold(words.at(-1) ?? ''))) words.pop();
  if (words.length > 1 && BEFORE.has(fold(words[0] ?? ''))) words.shift();
  return words.length ? words.join(' ') : null;
}

export interface PlaceNames {
  /** Settlement names to try, best first: the parsed field, then what the address says. */
  settlements: string[];
  district: string | null;
}

export function rowPlaceNames(office: Pick<Office, 'settlement' | 'district' | 'address' | 'name'>): PlaceNames {
  const settlements = [
    office.settlement ? bareSettlement(office.settlement) : null,
    office.address ? settlementInAddress(office.address) : null,
  ].filter((s): s is string => !!s);
  const district =
    office.district ??
    districtInText(office.name) ??
    (office.address ? districtInText(office.address) : null) ??
    cityInName(office.name);
  return { settlements: [...new Set(settlements)], district };
}
