/**
 * Cells that hold more than their column says: 002 writes phones under the address (`…, 16\n\nтел. (7212)
 * 300169`), 003 and 004 put the schedule into the address or head cell (`… 81 азаматтарды қабылдау
 * кестесі: күн сайын 9.00-ден 18.00-ге дейін …`). These cut such a cell in two.
 */
import { SCHEDULE_MARKERS } from './field-dictionary.ts';
import { foldForMatch } from './field-text.ts';

export interface CellSplit {
  /** What the column is about. */
  own: string;
  /** The other field's text, or null. */
  moved: string | null;
}

/** Cuts a schedule off a cell at `(жұмыс және) қабылдау кестесі:`; the schedule runs to the cell's end. */
export function splitSchedule(text: string): CellSplit {
  const folded = foldForMatch(text);
  let at = -1;
  for (const marker of SCHEDULE_MARKERS) {
    const m = marker.exec(folded);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) return { own: text, moved: null };
  return { own: text.slice(0, at), moved: text.slice(at).trim() };
}

// A phone label, or a number with a trunk 8 and a code (`8-72637-21096`, `87263461437`, `8(7162)`).
const PHONE_START = /(?<!\p{L})(?:тел|факс)(?!\p{L})|(?<![\d-])8\s*-?\s*\(?\s*[37]\d{2}/iu;

/** Cuts phones off an address cell at the first phone label or trunk-prefixed number. */
export function splitPhones(text: string): CellSplit {
  const m = PHONE_START.exec(text);
  if (!m) return { own: text, moved: null };
  return { own: text.slice(0, m.index), moved: text.slice(m.index).trim() };
}
