/**
 * One spelling-blind key for a place name, whatever the script: the acts write Kazakh (`Жансүгіров`,
 * `Ұзынағаш`) or Russian (`Степняк`, `Новодолинский`), GeoNames writes Latin in several romanisations
 * (`Zhansugurov`, `Uzynagash`, `Uzunagach`, `Qaraghandy`, `Karaganda`) plus Cyrillic alternate names.
 * Kazakh letters go through src/lib/slug.ts `transliterate`; the variant spellings are then folded:
 * ж/zh/j/dzh -> j, қ/q/k -> k, ғ/gh/g -> g, х/kh/h/x -> h, ш/sh/ş -> w, ч/ch/ç/ts -> c, ы/і/y/ı -> i,
 * ұ/ү/u/ū -> u, ө/o -> o, ә/a -> a, and doubled letters are collapsed (`Ақкөл` and `Akol` meet).
 */
import { transliterate } from '../../../../src/lib/slug.ts';
import { editDistance } from '../../../../src/lib/text/edit-distance.ts';

/** Latin letters of other romanisations that NFKD does not take apart (Kazakh Latin 2018, Turkish). */
const LATIN_SPECIALS: Record<string, string> = { ı: 'i', ş: 'sh', ç: 'ch', ğ: 'gh', ł: 'l', ə: 'a', ß: 'ss' };

/** Ordered: longer digraphs first, so `shch` is not read as `sh` + `ch`. */
const DIGRAPHS: [RegExp, string][] = [
  [/w/g, 'u'], // Kazakh Latin writes у as w: `Xamït Erğalïyev awılı`
  [/x/g, 'h'], // Uzbek-style х: `Xamït`
  [/shch/g, 'w'],
  [/sh/g, 'w'],
  [/dzh|dj|zh/g, 'j'],
  [/tch|ch|ts/g, 'c'],
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  [/q/g, 'k'],
  // Russian е after a vowel or at the start is romanised `ye`/`yo`/`yu`/`ya` (`Yesil`, `Kiyevka`); the
  // Kazakh spelling has plain е (`Есіл`): drop that y.
  [/(^|[aeiouy])y(?=[aeiou])/g, '$1'],
  [/y/g, 'i'],
];

/** Lower-case ASCII letters of a name in any script, before the variant folds. */
export function latinLetters(name: string): string {
  let text = name.normalize('NFC').toLowerCase();
  text = transliterate(text);
  text = [...text].map((ch) => LATIN_SPECIALS[ch] ?? ch).join('');
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '');
}

/**
 * Keys already made, by name: an ingest keys the same towns, districts and regions again for every
 * office row and stage (some 15,000 calls for ~3,400 names), and each key costs a transliteration,
 * NFKD and a dozen replaces.
 */
const keys = new Map<string, string>();

/** The spelling-blind key: `Жансүгіров` -> `jansugirov`, `Zhansugurov` -> `jansugurov`. */
export function placeKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = latinLetters(name);
    for (const [pattern, replacement] of DIGRAPHS) key = key.replace(pattern, replacement);
    key = key.replace(/(.)\1+/g, '$1');
    keys.set(name, key);
  }
  return key;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * Consonants that Kazakh and Russian spellings swap: ч/ш (`Uzunagach`/`Uzynagash`), and voiced/voiceless
 * pairs (`Сәтбаев`/`Satpayev`, `Жезқазған`/`Dzhezkazgan` after folding).
 */
const CHEAP_PAIRS = new Set(['cw', 'wc', 'bp', 'pb', 'dt', 'td', 'gk', 'kg', 'zs', 'sz']);

/** Substitutions that romanisations disagree on cost half: vowels (`Uzyn`/`Uzun`) and `CHEAP_PAIRS`. */
function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (VOWELS.has(a) && VOWELS.has(b)) return 0.5;
  if (CHEAP_PAIRS.has(a + b)) return 0.5;
  return 1;
}

/** Which of the letters a-z a key holds, one bit each (see `lettersMissing`). */
export function letterMask(key: string): number {
  let mask = 0;
  for (let i = 0; i < key.length; i++) {
    const bit = key.charCodeAt(i) - 97;
    if (bit >= 0 && bit < 26) mask |= 1 << bit;
  }
  return mask;
}

/**
 * How many distinct letters of the query's mask the target's lacks. Each costs `matchCost` at least 0.5
 * (it is substituted or deleted; a Russian ending only adds letters), so a target lacking more than
 * twice the limit is beyond it: a test of two numbers before any distance is computed.
 */
export function lettersMissing(query: number, target: number): number {
  let missing = query & ~target;
  let n = 0;
  while (missing) {
    missing &= missing - 1;
    n += 1;
  }
  return n;
}

/** Letter counts of one key minus another's, reused across calls (keys are ASCII; see `letterBound`). */
const surplus = new Int32Array(128);

/**
 * A lower bound of `keyDistance` from letter counts alone. Say `a` has `p` letters more than `b` has
 * (counted with repetition) and `b` has `q` more than `a`: a substitution costs at least 0.5 and settles
 * one of each, an insertion or deletion costs 1 and settles one, so the distance is at least
 * max(p, q) - min(p, q) / 2. Each name is matched against every gazetteer key of a similar length, and
 * most are several letters apart: they are refused here without filling the edit-distance table.
 * (A character beyond ASCII shares a count with another; that only lowers the bound.)
 */
function letterBound(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i) & 127;
    surplus[c] = (surplus[c] ?? 0) + 1;
  }
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i) & 127;
    surplus[c] = (surplus[c] ?? 0) - 1;
  }
  let p = 0;
  let q = 0;
  // Each letter's count is read once and reset, so the table is all zeros again for the next call.
  for (const text of [a, b]) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i) & 127;
      const n = surplus[c] ?? 0;
      if (n > 0) p += n;
      else q -= n;
      surplus[c] = 0;
    }
  }
  return Math.max(p, q) - Math.min(p, q) / 2;
}

/** Weighted edit distance between two keys (shared implementation); Infinity once beyond `limit`. */
export function keyDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Number.isFinite(limit) && letterBound(a, b) > limit) return Number.POSITIVE_INFINITY;
  return editDistance(a, b, limit, substitutionCost);
}

/**
 * Russian endings the Kazakh form of a name drops: `Осакаров` ~ `Osakarovka`, `Смирнов` ~ `Smirnovo`,
 * `Денисов` ~ `Denisovka`, `Степногор` ~ `Stepnogorsk`. Only after a stem of five letters or more.
 */
const RUSSIAN_ENDINGS = ['a', 'o', 'e', 'oe', 'ka', 'sk', 'ski', 'skoe'];

/** Cost of reading `query` (a key from the acts) as `target` (a gazetteer key); Infinity beyond `limit`. */
export function matchCost(query: string, target: string, limit = Number.POSITIVE_INFINITY): number {
  if (query === target) return 0;
  if (query.length >= 5 && target.startsWith(query) && RUSSIAN_ENDINGS.includes(target.slice(query.length))) {
    return 0.5;
  }
  return limit < 0.5 ? Number.POSITIVE_INFINITY : keyDistance(query, target, limit);
}

/** `Т. Рысқұлов`, `Б.Момышұлы`: initials before a surname, as the acts abbreviate a person's name. */
export function splitInitials(name: string): { initials: string[]; surname: string } | null {
  const m = name.trim().match(/^((?:\p{Lu}\.\s*)+)(\p{Lu}[\p{L}-]+)$/u);
  if (!m) return null;
  const initials = (m[1] ?? '')
    .split('.')
    .map((x) => x.trim())
    .filter(Boolean);
  return { initials, surname: m[2] ?? '' };
}

/**
 * How far two keys may be apart and still name the same place: short names must agree exactly
 * (`Аксу` is not `Акса`), long ones may differ by one romanisation choice (`Жансүгіров` ~ `Zhansugurov`,
 * `Ұзынағаш` ~ `Uzunagach`).
 */
export function keyTolerance(key: string): number {
  if (key.length <= 5) return 0;
  if (key.length <= 7) return 0.5;
  return 1;
}
