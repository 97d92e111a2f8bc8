/**
 * Spelling-blind keys for comparing office rows of different acts: `Бұхар жырау` (000) and `Бұқар
 * жырау` (002), `"Абай ауданының ... бөлімі" мемлекеттік мекемесі` and `Абай ауданының ... бөлімі`.
 */

import { foldKeyboard } from '../../../../src/lib/text/keyboard.ts';
import type { OfficeRow } from '../../../../src/schemas/office.ts';
import { NAME_FILLERS, PLACE_WORD, RURAL_FILLERS } from './office-name-dictionary.ts';

export { editDistance } from '../../../../src/lib/text/edit-distance.ts';

/** Lower case, Kazakh letters folded to Russian ones (`Бұланды`, 000 ~ `Буланды`, 004), punctuation (quotes, `/`, `-`) to spaces. */
export function foldKazakh(text: string): string {
  return foldKeyboard(text.normalize('NFC').toLowerCase())
    .replace(/[^a-zа-я0-9№]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function dropAll(text: string, patterns: readonly RegExp[]): string {
  return patterns
    .reduce((t, p) => t.replace(p, ' '), text)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Initials go: `Т.Рысқұлов ауданы` (003) is 000's `Рысқұлов ауданы`. */
const INITIAL = /(?<![а-яa-z0-9])[а-я](?![а-яa-z0-9])/g;

export function nameKey(row: Pick<OfficeRow, 'name' | 'kind'>): string {
  const key = dropAll(foldKazakh(row.name), [INITIAL, ...NAME_FILLERS]);
  return row.kind === 'rural-akim' ? dropAll(key, RURAL_FILLERS) : key;
}

export function districtKey(row: Pick<OfficeRow, 'district'>): string {
  return dropAll(foldKazakh(row.district ?? ''), [INITIAL]);
}

/** The district's own words: `Ақкөл ауданы` -> `аккол`, `Бұқар жырау ауданы` -> `букар жырау`. */
export function districtStem(district: string | null): string {
  return dropAll(foldKazakh(district ?? ''), [INITIAL])
    .split(' ')
    .filter((w) => !PLACE_WORD.test(w))
    .join(' ');
}

/** The name with its district's words replaced: `Щучье ауданының ... бөлімі` -> `# ауданынын ... болими`. */
export function nameTemplate(row: Pick<OfficeRow, 'name' | 'kind' | 'district'>): string {
  const stem = districtStem(row.district);
  const key = nameKey(row);
  return stem ? key.replace(stem, '#') : key;
}

/**
 * The last six digits of each phone: `8-7213 91-65-14` (000) and `(7213) 916514` (002) meet whatever
 * the area-code notation; numbers of fewer than five digits are no evidence.
 */
export function phoneTails(row: Pick<OfficeRow, 'phones'>): Set<string> {
  const tails = new Set<string>();
  for (const p of row.phones) {
    const digits = (p.number ?? p.raw).replace(/\D/g, '');
    if (digits.length >= 5) tails.add(digits.slice(-6));
  }
  return tails;
}
