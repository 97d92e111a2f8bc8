/**
 * A synthetic corpus `times` as large, made of whole acts: each source is kept and `times - 1` copies of
 * it are added, each a valid act of its own, so the ingest (which refuses a duplicated act id or source,
 * and an appendix no parser claims) reads every copy as it reads the original:
 * - the act's number gets the copy's suffix everywhere the act names it (`№ 394` -> `№ 394-3` in the
 *   head and the approval stamps), so its id is new (`2011-394-3`) and its stamps still agree with it;
 * - the place names of districts, cities and villages get a suffix of their own (`Ақсу ауданы` ->
 *   `Ақсутау ауданы`), so a copy's offices and district pages are new records, not the original's again.
 * Regions and the two cities of republican rank stay: the act, not the row, names those. Layout (tabs,
 * letter-spacing, paragraphs) stays as written, so each appendix is claimed by the parser of its original.
 * Pure: source texts in, grown texts out.
 */
import { normaliseSource } from '../ingest/normalise/index.ts';
import { parseActHead } from '../ingest/parse/parse-act-head.ts';
import { segmentSource } from '../ingest/segment/segment-source.ts';
import type { SourceText } from '../ingest/types.ts';

const SUFFIXES = ['тау', 'көл', 'бұлақ', 'сай', 'өзек', 'төбе', 'құдық', 'арық', 'жар', 'қайың', 'бел'];
const KINDS = ['аудан', 'қала', 'ауыл', 'кент', 'округ', 'поселке', 'село'];
const KIND = String.raw`(?:${KINDS.join('|')})\p{L}*`;
// Between a name and its kind the acts break lines as often as they put a space (`Еңбекшіқазақ\nауданының`).
const GAP = String.raw`(?:[ \t]+|[ \t]*\n[ \t]*)`;
// The capitalised word before a place kind, with at most one lowercase word between (`Бұқар жырау ауданы`).
const PLACE = new RegExp(
  String.raw`(?<!\p{L})(?!(?:Астана|Алматы)(?!\p{L}))(\p{Lu}[\p{L}-]*)((?:${GAP}(?!облыс)\p{Ll}[\p{L}-]*)?${GAP}${KIND})`,
  'gu',
);
// The same in letter-spaced lines (`А л а к ө л  а у д а н ы`): letters one space apart, words two or more
// or a line break, the kind spaced or not (`Т а л д ы қ о р ғ а н\nқаласының`).
const spaced = (word: string) => [...word].join(' ');
const SPACED_PLACE = new RegExp(
  String.raw`(?<!\p{L} ?)(?!(?:${spaced('Астана')}|${spaced('Алматы')})(?! \p{L}))(\p{Lu}(?: [\p{L}-])+)((?: {2,}|[ \t]*\n[ \t]*)(?:(?:${KINDS.map(spaced).join('|')})(?: \p{L})*|${KIND}))`,
  'gu',
);

/**
 * The copy's place names, in plain and in letter-spaced lines alike: a row's name and its address must
 * keep naming the same place (the ingest stops on a row whose name and address disagree).
 */
export function renamePlaces(text: string, copy: number): string {
  const suffix = SUFFIXES[(copy - 1) % SUFFIXES.length] ?? '';
  return text
    .replace(PLACE, (_, name: string, rest: string) => `${name}${suffix}${rest}`)
    .replace(SPACED_PLACE, (_, name: string, rest: string) => `${name} ${spaced(suffix)}${rest}`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The act's number as the ingest reads it (`394`, `18/10`), or null when its head is unreadable. */
export function actNumber(source: SourceText): string | null {
  return parseActHead(segmentSource(normaliseSource(source))).act?.number ?? null;
}

/** Copy `copy` (1, 2 ...) of a source: its act renumbered, its places renamed. */
export function copySource(source: SourceText, number: string, copy: number): SourceText {
  const mention = new RegExp(String.raw`((?<![\p{L}\d])(?:N|№)\s*)${escapeRegExp(number)}(?![\p{L}\d/-])`, 'gu');
  const text = renamePlaces(source.text.replace(mention, `$1${number}-${copy}`), copy);
  return { ...source, file: source.file.replace(/^(\d+)_/, `$1x${copy}_`), text };
}

/** Each source and `times - 1` copies of it; a source whose act number cannot be read is an error. */
export function growSources(sources: readonly SourceText[], times: number): SourceText[] {
  return sources.flatMap((source) => {
    const number = actNumber(source);
    if (!number) throw new Error(`${source.file}: no act number to renumber the copies by`);
    return [source, ...Array.from({ length: times - 1 }, (_, i) => copySource(source, number, i + 1))];
  });
}
