/**
 * Reads an act reference, issuer + date + number, as the acts write it:
 *   `Алматы облысы әкімдігінің 2012 жылғы 05 қарашадағы N 349 қаулысы`
 *   `Қарағанды облысының әкімдігінің 2009.07.07 N 18/10 қаулысымен`
 *   `Жамбыл облысы әкімиятының 2008.09.25 Қаулысымен.N 305` (003: the number pushed past the word)
 *   `Қазақстан Республикасы Үкiметiнiң 2011 жылғы 7 сәуiрдегi № 394 қаулысымен` (000's stamp)
 */
import { findKazakhDates } from './parse-act-dates.ts';

export interface ActRefParts {
  /** Issuer in the nominative (`Алматы облысы әкімдігі`), or null. */
  issuer: string | null;
  date: string | null;
  number: string | null;
  /** Region named by the issuer (`Алматы облысы`), or null for a national body. */
  region: string | null;
}

/**
 * The issuer: a capitalised name, maybe a second word, then the body in the genitive (`Алматы облысы
 * әкімдігінің`, `Қарағанды облысының әкімдігінің`, `Қазақстан Республикасы Үкiметiнiң`).
 */
const ISSUER = /(?<issuer>(?:\p{Lu}[\p{L}-]*\s+(?:[\p{L}-]+\s+)?)?(?:әкімдігінің|әкімиятының|[Үү]кіметінің))/u;
const GENITIVE_ENDING = /(?:ның|нің|тың|тің|дың|дің)$/u;
/** `N 349`, `№ 196`, `N А-6/342`, `№ а-2/68`; not the N inside a word. */
const NUMBER = /(?<![\p{L}\d])(?:N|№)\s*(?<number>[\p{L}\d](?:[\p{L}\d/-]*[\p{L}\d])?)/u;
const REGION = /(?<name>\p{Lu}[\p{L}-]*)\s+облыс(?:ы|ының)(?!\p{L})/u;

/** Issuer names as the schema spells them, where the texts vary the case ending. */
const CANONICAL_ISSUERS: Record<string, string> = {
  'Қазақстан Республикасы Үкіметі': 'Қазақстан Республикасының Үкіметі',
};

/** Reads the first reference in the text; missing parts stay null. */
export function readActRef(text: string): ActRefParts {
  const folded = text.replace(/i/g, 'і').replace(/\s+/gu, ' ');
  const issuerMatch = ISSUER.exec(folded);
  const issuer = issuerMatch?.groups?.issuer ? nominative(issuerMatch.groups.issuer) : null;
  const from = issuerMatch ? issuerMatch.index + issuerMatch[0].length : 0;
  const date = findKazakhDates(folded.slice(from))[0];
  const afterDate = date ? from + date.index + date.length : from;
  const number = NUMBER.exec(folded.slice(afterDate))?.groups?.number ?? null;
  return { issuer, date: date?.iso ?? null, number, region: issuer ? regionOf(issuer) : null };
}

/** `Алматы облысы әкімдігінің` -> `Алматы облысы әкімдігі`; other words stay as written. */
export function nominative(genitive: string): string {
  const words = genitive.trim().split(/\s+/u);
  const last = words.pop() ?? '';
  const name = [...words, last.replace(GENITIVE_ENDING, '')].join(' ');
  return CANONICAL_ISSUERS[name] ?? name;
}

/** `Қарағанды облысының әкімдігі` -> `Қарағанды облысы`. */
export function regionOf(issuer: string): string | null {
  const name = REGION.exec(issuer)?.groups?.name;
  return name ? `${name} облысы` : null;
}
