/**
 * An address cell (already without contacts, phones and schedule) to postcode, settlement, district and
 * the address text: `020100, Ақкөл қаласы, Нұрмағамбетов көшесi, 81` -> `020100`, `Ақкөл`.
 */
import { diagnostic } from '../../diagnostics.ts';
import type { Diagnostic } from '../../types.ts';
import { SETTLEMENT_PREFIXES, SETTLEMENT_TYPES, STREET_WORDS } from './field-dictionary.ts';
import { foldForMatch, tidy } from './field-text.ts';

export interface AddressParse {
  /** The address without its postcode, or null when nothing is left. */
  address: string | null;
  postcode: string | null;
  /** Town or village name without its type word (`Жансүгіров`), or null. */
  settlement: string | null;
  /** `Ақсу ауданы` when the address names a district. */
  district: string | null;
  diagnostics: Diagnostic[];
}

const POSTCODE = /^\s*(\d{6,7})(?!\d)\s*,?\s*/u;
// `Атасу кенті Тәуелсіздік даңғылы` (002): the type word need not end the part.
const TYPED = new RegExp(String.raw`^(.*?\S)\s+(?:${SETTLEMENT_TYPES.join('|')})(?=\s|$)`, 'u');
const DISTRICT = /^(.*\S)\s+ауданы$/u;

/** Where a street word starts in a folded part (`С.Сейфуллин көшесі`, `ул.Бейсека`), or -1. */
function streetAt(folded: string): number {
  const at = STREET_WORDS.map((w) => folded.indexOf(w)).filter((i) => i >= 0);
  const russian = /(?<!\p{L})(?:ул\.|улица|пр\.|проспект|мкр\.?)(?!\p{L})/u.exec(folded);
  if (russian) at.push(russian.index);
  return at.length > 0 ? Math.min(...at) : -1;
}

/**
 * The settlement a single comma-separated part names, if it names one. A street is never one: in
 * `С.Сейфуллин көшесі`, `Қ.Сәтпаев даңғылы`, `А.С. Пушкин атындағы көше` the `С.`, `Қ.`, `А.` are a
 * person's initials, not the abbreviations `с.` (село), `қ.` (қала), `а.` (ауыл).
 */
function settlementOf(part: string): string | null {
  const folded = foldForMatch(part);
  const street = streetAt(folded);
  const typed = TYPED.exec(folded);
  // `Атасу кенті Тәуелсіздік даңғылы` (002): a settlement before the street word still counts.
  if (typed?.[1] && (street < 0 || typed[1].length < street)) {
    // `Ақсу ауданы Жансүгіров кенті`: a district written before the settlement without a comma.
    const name = part.slice(0, typed[1].length);
    const afterDistrict = /^.*\sауданы\s+/u.exec(foldForMatch(name));
    return afterDistrict ? name.slice(afterDistrict[0].length) : name;
  }
  if (street >= 0) return null;
  const prefix = SETTLEMENT_PREFIXES.find((p) => folded.startsWith(p));
  if (prefix) return part.slice(prefix.length).trim() || null;
  return null;
}

/** A bare name with no street word and no number (`Бырлик, Ботешева көш., 8`, 001 rural akims). */
function looksLikeBareSettlement(part: string): boolean {
  const folded = foldForMatch(part);
  if (/\d/u.test(part) || STREET_WORDS.some((w) => folded.includes(w))) return false;
  return /^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?$/u.test(part.trim());
}

export function parseAddress(text: string, at: { file: string; line: number }): AddressParse {
  const diagnostics: Diagnostic[] = [];
  let body = text;
  let postcode: string | null = null;
  const code = POSTCODE.exec(body);
  if (code?.[1]?.length === 6) {
    postcode = code[1];
    body = body.slice(code[0].length);
  } else if (code?.[1]) {
    // `1000000, Қарағанды облысы, …` (002): seven digits; kept in the address as written.
    diagnostics.push(diagnostic('warning', 'postcode-malformed', `postcode «${code[1]}» has seven digits`, at));
  }
  const parts = tidy(body)
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  let settlement: string | null = null;
  let district: string | null = null;
  for (const part of parts) {
    const folded = foldForMatch(part);
    if (folded.endsWith('облысы') || folded.endsWith('республикасы')) continue;
    const d = DISTRICT.exec(folded);
    // `Ақтау қаласы, 14 шағын ауданы, 1` (000:1969): a micro-district of a city, not an administrative district.
    const microDistrict = /шағын\s+ауданы$/u.test(folded) || /^\d/u.test(folded);
    if (d && !district && !microDistrict) district = part;
    // The last named settlement is the most precise (`Жезқазған қаласы, Кеңгір селосы`).
    settlement = settlementOf(part) ?? settlement;
  }
  if (settlement === null) {
    const first = parts.find((p) => !/(облысы|ауданы|республикасы)$/u.test(foldForMatch(p)));
    if (first && looksLikeBareSettlement(first)) {
      settlement = first.trim();
      // A fallback worth counting: the name has no type word (`Бырлик, Ботешева көш., 8`).
      diagnostics.push(diagnostic('info', 'settlement-bare-name', `«${settlement}» read as the settlement`, at));
    }
  }
  const address = tidy(body);
  return { address: address.length > 0 ? address : null, postcode, settlement, district, diagnostics };
}
