/**
 * Latin names of places, by rule, for search: people type `Qarağandy` (the Kazakh Latin alphabet presented
 * on 28 January 2021) or `Karaganda`, `Ust-Kamenogorsk` (the usual Latin spelling of the Russian name).
 * Both are derived here from the names the site already holds (the Kazakh name as written, the reviewed
 * Russian name), so no Latin name is typed by hand and the browser can derive them too. Browser-safe.
 */
import { LATIN } from '../slug.ts';

/**
 * The 2021 Kazakh Latin alphabet: ә ä, ғ ğ, қ q, ң ñ, ө ö, ұ ū, ү ü, ш ş, ч ç, ж j, і ı, ы y, и/й i,
 * х/һ h. Letters it has no place for (ц, щ, ё, ю, я, ъ, ь, э), which Kazakh writes only in borrowed words,
 * are spelled as they sound.
 */
const KAZAKH_2021: Readonly<Record<string, string>> = {
  а: 'a',
  ә: 'ä',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'ğ',
  д: 'd',
  е: 'e',
  ё: 'io',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ñ',
  о: 'o',
  ө: 'ö',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'ū',
  ү: 'ü',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ц: 'ts',
  ч: 'ç',
  ш: 'ş',
  щ: 'şş',
  ъ: '',
  ы: 'y',
  і: 'ı',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/**
 * The usual Latin spelling of Russian names in Kazakhstan (`Усть-Каменогорск` -> `Ust-Kamenogorsk`): the
 * slugs' letter table, but `й` is `y` (`Бурабайский` -> `Burabayskiy`, as road signs and maps write it).
 */
const RUSSIAN_LATIN: Readonly<Record<string, string>> = { ...LATIN, й: 'y' };

/** The capital of a Latin letter: `ı` is the small of `I`, `i` of `İ` (Turkic dotted and dotless i). */
function capital(latin: string): string {
  if (!latin) return latin;
  const first = latin[0] === 'i' ? 'İ' : latin[0] === 'ı' ? 'I' : (latin[0] ?? '').toUpperCase();
  return first + latin.slice(1);
}

function byTable(text: string, table: Readonly<Record<string, string>>): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const lower = ch.toLowerCase();
    const latin = table[lower];
    if (latin === undefined) out += ch;
    else out += lower === ch ? latin : capital(latin);
  }
  return out;
}

/** A Kazakh name in the 2021 Kazakh Latin alphabet: `Қарағанды облысы` -> `Qarağandy oblysy`. */
export function kazakhLatin(name: string): string {
  return byTable(name, KAZAKH_2021);
}

/** A Russian name in the usual Latin spelling: `Караганда` -> `Karaganda`, `Щучинск` -> `Shchuchinsk`. */
export function russianLatin(name: string): string {
  return byTable(name, RUSSIAN_LATIN);
}
