/*
 * PDF extraction pushed appendix references to the end of the printed line, away from the document they
 * belong to (001 line 80):
 *   `регламенттің  көрсетілген мекенжайларда уәкілетті органдар 1-қосымшасында` / `тарапынан көрсетіледі.`
 *   -> `регламенттің 1-қосымшасында көрсетілген мекенжайларда уәкілетті органдар тарапынан көрсетіледі.`
 * Also `(осы регламенттің сәйкес);2-қосымшасына`, `Стандарттың сәйкес көрсетеді. N 1 қосымшасына`, and the
 * number left behind with only the word moved (003 line 141): `Стандарттың N 3` ... `табылады. қосымшасына`.
 * A reference is moved only when nothing between it and its owner could own it instead: no other genitive,
 * number, URL or reference, unless the reference sits inside a quoted title the owner opened (001 line 32).
 */

const OWNER = /(?<!\p{L})(?:регламенттің|регламентінің|стандарттың|стандартты|стандартқа|қаулының)(?!\p{L})/giu;
const REF_WORD = 'қосымша(?:сына|сында|ларына|ларында|ға|да)(?!\\p{L})';
const NUMBER = '(?:(?:N|№)\\s*)?\\d+';
/** A whole reference: `1-қосымшасында`, `3 -қосымшасына`, `N 2 қосымшасына`. */
const REF = new RegExp(`${NUMBER}\\s*-?\\s*${REF_WORD}`, 'u');
const REF_AT_START = new RegExp(`^\\s*${NUMBER}\\s*-?\\s*${REF_WORD}`, 'u');
/** The number stayed behind the owner, the word went to the line end: `Стандарттың N 3 ... қосымшасына`. */
const NUMBER_AT_START = new RegExp(`^\\s*${NUMBER}(?=\\s)(?!\\s*-?\\s*қосымша)`, 'u');
const ORPHAN_WORD = new RegExp(`(?<![\\d-]\\s?)(?<=\\s)${REF_WORD}`, 'u');
const GENITIVE = /\p{L}(?:ның|нің|дың|дің|тың|тің)(?!\p{L})/u;
const LATIN_OR_DIGIT = /[A-Za-z\d]/u;
const MAX_GAP_WORDS = 12;

export interface DisplacedReferenceRepair {
  text: string;
  /** The text as it came in. */
  raw: string;
  moved: boolean;
}

function insideOpenQuote(gap: string): boolean {
  const straight = gap.match(/"/gu)?.length ?? 0;
  const opened = gap.match(/«/gu)?.length ?? 0;
  const closed = gap.match(/»/gu)?.length ?? 0;
  return straight % 2 === 1 || opened > closed;
}

// `numberStayed`: the owner still holds the number (`Стандарттың N 3`), so only the word can be displaced
// and another genitive in between (`Тараз қаласының`) cannot own it.
function gapAllowsMove(gap: string, numberStayed = false): boolean {
  const words = gap.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > MAX_GAP_WORDS || /қосымша/u.test(gap)) return false;
  if (/[A-Za-z]/u.test(gap)) return false;
  if (numberStayed) return !/\d/u.test(gap);
  return (!GENITIVE.test(gap) && !LATIN_OR_DIGIT.test(gap)) || insideOpenQuote(gap);
}

function tidy(text: string): string {
  return text
    .replace(/\s{2,}/gu, ' ')
    .replace(/\s+([,;.)])/gu, '$1')
    .trim();
}

function moveAfterOwner(text: string, ownerEnd: number): string | null {
  const rest = text.slice(ownerEnd);
  if (REF_AT_START.test(rest)) return null;
  const kept = NUMBER_AT_START.exec(rest);
  if (kept) {
    const after = rest.slice(kept[0].length);
    const orphan = ORPHAN_WORD.exec(after);
    if (!orphan || !gapAllowsMove(after.slice(0, orphan.index), true)) return null;
    const gap = after.slice(0, orphan.index);
    const tail = after.slice(orphan.index + orphan[0].length);
    return `${text.slice(0, ownerEnd)}${kept[0]} ${orphan[0]} ${tidy(`${gap}${tail}`)}`;
  }
  const ref = REF.exec(rest);
  if (!ref || !gapAllowsMove(rest.slice(0, ref.index))) return null;
  const gap = rest.slice(0, ref.index);
  const tail = rest.slice(ref.index + ref[0].length);
  const cleanRef = ref[0].replace(/\s*-\s*/u, '-');
  return `${text.slice(0, ownerEnd)} ${cleanRef} ${tidy(`${gap} ${tail}`)}`;
}

/** Moves orphan `N-қосымшасына/нда` references back after their owner (`регламенттің`, `Стандарттың`). */
export function repairDisplacedReferences(text: string): DisplacedReferenceRepair {
  let out = text;
  let moved = false;
  for (const owner of [...text.matchAll(OWNER)].reverse()) {
    const repaired = moveAfterOwner(out, (owner.index ?? 0) + owner[0].length);
    if (repaired !== null) {
      out = repaired;
      moved = true;
    }
  }
  return { text: moved ? tidy(out) : text, raw: text, moved };
}
