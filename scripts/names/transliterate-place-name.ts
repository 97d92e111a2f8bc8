/**
 * The `transliteration` source of content/names/ru.json: a region's, district's or city's Russian name derived
 * by rule from its Kazakh name, with the forms a reader may type. Regions and districts take the adjective
 * (`Бурабай ауданы` -> `Бурабайский район`, `Батыс Қазақстан облысы` -> `Западно-Казахстанская область`),
 * cities the noun (`Арыс қаласы` -> `город Арыс`). Pure.
 */
import { kazakhLettersToRussian } from './kazakh-letters.ts';
import { adjectiveStem, nounGenitive, phraseGenitive, russianAdjective } from './russian-grammar.ts';
import { ADJECTIVE_STEMS, COMPASS_PREFIXES, PERSON_DISTRICTS, RUSSIAN_NOUNS } from './russian-usage.ts';

export type NamedPlaceKind = 'region' | 'district' | 'city';

export interface RussianPlaceDraft {
  ru: string;
  forms: string[];
}

/** A name that is already a Russian adjective (`Железинский ауданы`) keeps its stem. */
const ALREADY_ADJECTIVE = /ский$/u;

const KAZAKH_KIND_WORD: Record<NamedPlaceKind, string> = { region: 'облысы', district: 'ауданы', city: 'қаласы' };

/** The Russian noun for a Kazakh name: the usage table, else the letters (`Қостанай` -> `Костанай`). */
export function russianNoun(kazakh: string): string {
  return RUSSIAN_NOUNS[kazakh] ?? kazakhLettersToRussian(kazakh);
}

function stemOf(kazakh: string): string {
  const noun = russianNoun(kazakh);
  return (
    ADJECTIVE_STEMS[kazakh] ??
    (ALREADY_ADJECTIVE.test(noun) ? noun.replace(ALREADY_ADJECTIVE, '') : adjectiveStem(noun))
  );
}

function regionName(stem: string): string {
  const [first = '', ...rest] = stem.split(' ');
  const compass = COMPASS_PREFIXES[first];
  if (compass && rest.length > 0) return `${compass}-${russianAdjective(stemOf(rest.join(' ')), 'feminine')} область`;
  return `${russianAdjective(stemOf(stem), 'feminine')} область`;
}

function districtName(stem: string): string {
  return PERSON_DISTRICTS[stem] ?? `${russianAdjective(stemOf(stem), 'masculine')} район`;
}

/** `Западно-Казахстанская область` -> `ЗКО`: how Russian speakers write the compass regions. */
function compassAbbreviation(ru: string): string | null {
  if (!/^(Западно|Восточно|Северо|Южно)-/u.test(ru)) return null;
  return ru
    .split(/[-\s]/u)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}

/** The forms a reader may type besides the name: the bare adjective or name, the genitive, the Kazakh stem. */
export function placeForms(ru: string, kazakhStem: string): string[] {
  const bare = ru.replace(/^(город|район( имени)?) /u, '').replace(/ (район|область)$/u, '');
  const candidates = [
    bare,
    phraseGenitive(ru),
    ru.startsWith('город ') ? nounGenitive(bare) : null,
    kazakhLettersToRussian(kazakhStem),
    russianNoun(kazakhStem),
    compassAbbreviation(ru),
  ];
  return [...new Set(candidates.filter((form): form is string => form !== null && form !== ru))];
}

/** The draft for a name such as `Бурабай ауданы`; null when the name does not end in its kind's word. */
export function transliteratePlaceName(kazakh: string, kind: NamedPlaceKind): RussianPlaceDraft | null {
  const suffix = ` ${KAZAKH_KIND_WORD[kind]}`;
  if (!kazakh.endsWith(suffix)) return null;
  const stem = kazakh.slice(0, -suffix.length).trim();
  const ru =
    kind === 'region' ? regionName(stem) : kind === 'district' ? districtName(stem) : `город ${russianNoun(stem)}`;
  return { ru, forms: placeForms(ru, stem) };
}
