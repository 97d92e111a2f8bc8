/**
 * Dates as the acts write them, to ISO:
 *   `2012 жылғы 05 қарашадағы`, `2012 жылы 10 желтоқсанда`, `2008 жылғы 25 сәуір` (long form),
 *   `26 қаңтар 2006 жылғы` (day first), `2009.07.07` and `02.06.2014` (dotted, in the `Ескерту` notes).
 * Impossible dates (`2008 жылғы 31 сәуір`) are not returned: the caller reports what it could not read.
 */
import { monthFromWord } from './kazakh-months-dictionary.ts';

export interface FoundDate {
  iso: string;
  /** Position and length of the date in the searched text. */
  index: number;
  length: number;
}

const YEAR = String.raw`(?<year>(?:19|20)\d{2})`;
const DAY = String.raw`(?<day>\d{1,2})`;
const MONTH_WORD = String.raw`(?<month>\p{L}+)`;
const YEAR_WORD = String.raw`\s*жыл(?:ғы|ы)?`;
const YEAR_FIRST = new RegExp(String.raw`${YEAR}${YEAR_WORD}\s+${DAY}\s+${MONTH_WORD}`, 'gu');
const DAY_FIRST = new RegExp(String.raw`${DAY}\s+${MONTH_WORD}\s+${YEAR}${YEAR_WORD}`, 'gu');
const DOTTED_YMD = new RegExp(String.raw`${YEAR}\.(?<month>\d{2})\.${DAY}(?!\d)`, 'gu');
const DOTTED_DMY = new RegExp(String.raw`(?<!\d)${DAY}\.(?<month>\d{2})\.${YEAR}`, 'gu');

/** Every date in the text, in order of position. */
export function findKazakhDates(text: string): FoundDate[] {
  const folded = text.replace(/i/g, 'і');
  const found: FoundDate[] = [];
  for (const pattern of [YEAR_FIRST, DAY_FIRST, DOTTED_YMD, DOTTED_DMY]) {
    for (const m of folded.matchAll(pattern)) {
      const { year, month, day } = m.groups ?? {};
      const monthNumber = /^\d+$/u.test(month ?? '') ? Number(month) : monthFromWord(month ?? '');
      const iso = toIsoDate(Number(year), monthNumber, Number(day));
      if (iso && m.index !== undefined && !found.some((f) => overlaps(f, m.index, m[0].length))) {
        found.push({ iso, index: m.index, length: m[0].length });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first date in the text, or null. */
export function parseKazakhDate(text: string): string | null {
  return findKazakhDates(text)[0]?.iso ?? null;
}

export function toIsoDate(year: number, month: number | null, day: number): string | null {
  if (!month || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

function overlaps(a: FoundDate, index: number, length: number): boolean {
  return index < a.index + a.length && a.index < index + length;
}
