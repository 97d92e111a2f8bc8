/**
 * Splits the tail of a service document into its appendices (қосымша). An appendix starts at its
 * heading, the service name quoted again over one to six lines and a marker line:
 *   `"Мүгедектерд і  санаторлық-курорттық` / `...` / `регламентіне 1-қосымша`   (001)
 *   `"Жұмыссыз азаматтарды` / `` / `есепке қою және тіркеу"` / `` / ... / `N 1 қосымша`   (002)
 *   `Стандарттың N 1 қосымша`   (003, no name)
 * then its title line(s), then the table or form, up to the next heading or the end of the document.
 */
import type { AppendixSegment, SourceLine } from '../types.ts';
import { isBlank, joinTidy, lastTextLine, squash, tidy } from './line-keys.ts';
import { APPENDIX_LEAD, APPENDIX_MARKER, APPENDIX_MARKER_MAX_LENGTH } from './segment-dictionary.ts';

export interface AppendixHeading {
  /** Index of the first heading line. */
  start: number;
  /** Index of the marker line (`... 1-қосымша`). */
  marker: number;
  number: number;
}

interface Marker {
  number: number;
  /** No document word before the number (`2-қосымша`, ` 4-қосымша`): the heading is above. */
  bare: boolean;
}

/** Wrapped headings run to six lines (001 line 6862: five lines of name and the marker). */
const MAX_HEADING_LINES = 8;
const OPENING_QUOTE = /^["«“]/u;
/**
 * The joined heading (squashed) names the document right after the closing quote:
 * `"..."мемлекеттікқызметініңрегламентіне1-қосымша`. The tail is short; a table cell that opens with a
 * quote above 003's `Стандарттың N 2 қосымша` leaves a long tail of addresses and fails.
 */
const HEADING_SHAPE = /^["«“].*["»”][^"»”]{0,60}(?:стандарт|регламент)[^"»”]{0,20}$/u;

/** Marker lines in lines[from, to), with the heading start found above each. */
export function findAppendixHeadings(lines: readonly SourceLine[], from: number, to: number): AppendixHeading[] {
  const headings: AppendixHeading[] = [];
  let floor = from;
  for (let i = from; i < to; i++) {
    const marker = readMarker(lines[i]);
    if (marker === null) continue;
    const start = headingStart(lines, i, floor, marker.bare);
    headings.push({ start, marker: i, number: marker.number });
    floor = i + 1;
  }
  return headings;
}

function readMarker(line: SourceLine | undefined): Marker | null {
  if (!line || tidy(line.text).length > APPENDIX_MARKER_MAX_LENGTH || /^\t/u.test(line.text)) return null;
  const match = APPENDIX_MARKER.exec(squash(line.text));
  const lead = match?.groups?.lead ?? '';
  if (!match?.groups || !APPENDIX_LEAD.test(lead)) return null;
  return { number: Number(match.groups.number), bare: lead === '' };
}

/**
 * Walks back from the marker to the line opening the quoted name. It accepts that line when the lines
 * down to the marker read as a heading, or when it sits right above the marker: 002 line 12343 kept only
 * `"Отын сатып алу бойынша ауылдық` above ` 4-қосымша`, a bare marker.
 */
function headingStart(lines: readonly SourceLine[], marker: number, floor: number, bare: boolean): number {
  let seen = 0;
  for (let j = marker - 1; j >= floor && seen < MAX_HEADING_LINES; j--) {
    const line = lines[j];
    if (!line) break;
    if (isBlank(line)) continue;
    if (/^\t/u.test(line.text) || tidy(line.text).length > APPENDIX_MARKER_MAX_LENGTH) break;
    seen += 1;
    if (!OPENING_QUOTE.test(line.text.trim())) continue;
    const joined = squash(
      lines
        .slice(j, marker + 1)
        .map((l) => l.text)
        .join(' '),
    );
    if (HEADING_SHAPE.test(joined) || (bare && seen === 1)) return j;
    break;
  }
  return marker;
}

/** Builds the appendix segments; `end` is the index after the document's last line. */
export function segmentAppendices(
  lines: readonly SourceLine[],
  headings: readonly AppendixHeading[],
  end: number,
  file: string,
  documentOrdinal: number,
): AppendixSegment[] {
  return headings.map((heading, k) => {
    const stop = headings[k + 1]?.start ?? end;
    const { title, bodyFrom } = readTitle(lines, heading.marker + 1, stop);
    const first = lines[heading.start]?.line ?? 1;
    return {
      file,
      documentOrdinal,
      number: heading.number,
      title,
      lines: lines.slice(bodyFrom, stop),
      span: { file, line: first, endLine: lastTextLine(lines, heading.start, stop) },
    };
  });
}

/** A form with no title starts straight with its blanks: `_________тұтынушының аты-жөні`, `№_______ Жолдама`. */
const FORM_START = /^(?:№\s*)?_{3,}/u;
/** A title wraps onto margin lines starting in lower case (`әлеуметтік бағдарламалар бөлімдері`). */
const TITLE_CONTINUATION = /^[\p{Ll}(]/u;

/**
 * The title is the first line after the marker and its lower-case continuations, with no blank line
 * between: 000's `Уәкiлеттi органдардың мекенжайлары мен байланыс деректерi` is followed directly by the
 * region sub-heading `Ақмола облысының ...`, which belongs to the table.
 */
function readTitle(lines: readonly SourceLine[], from: number, stop: number): { title: string; bodyFrom: number } {
  let i = from;
  while (i < stop && lines[i] && isBlank(lines[i] as SourceLine)) i += 1;
  const first = lines[i];
  if (!first || i >= stop || /^\t/u.test(first.text) || FORM_START.test(first.text.trim())) {
    return { title: '', bodyFrom: from };
  }
  const titleLines = [first];
  let j = i + 1;
  for (; j < stop; j++) {
    const line = lines[j];
    if (!line || isBlank(line) || /^\s/u.test(line.text) || !TITLE_CONTINUATION.test(line.text)) break;
    titleLines.push(line);
  }
  return { title: joinTidy(titleLines), bodyFrom: j };
}
