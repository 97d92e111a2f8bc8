/**
 * A table detector: how well an appendix fits one parser, from its layout (the parser's surface form) and
 * its words (the title, or the first lines when the segmenter left the title there, or failing both the
 * column headers). The score is the
 * product (times, for paragraph tables, how their rows open), so a known title in another layout (002's tabbed `бөлімдерінің байланыс мәліметтері` against
 * 004's paragraphs) and a known layout under another title both score low.
 */
import { squash } from '../../../../src/lib/text/squash.ts';
import type { AppendixSegment } from '../../types.ts';
import { FORM_FIT, ramp, type SurfaceForm } from './surface-forms.ts';
import { measureLayout, type RowStart, type TableLayout } from './table-layout.ts';

export interface TableSignature {
  form: SurfaceForm;
  /** Title phrases, any of which names the table; matched on squashed text (no whitespace, lower case). */
  titles: readonly string[];
  /**
   * Column-header phrases, all of which the table's header row holds; they recognise the table on their
   * own (with less confidence) when its title is worded otherwise.
   */
  headers?: readonly string[];
  /** Phrases that name another table whose title contains one of `titles`. */
  notTitles?: readonly string[];
  /** How a row opens, for paragraph tables: the only delimiter they have. */
  rowStart?: RowStart;
}

/** Lines after the title searched for it: the title of 001 and 003 sometimes runs on into them. */
const HEAD_LINES = 12;

/** Title score when the title phrase is found only in the first lines, not in the segmented title. */
const TITLE_IN_LINES = 0.9;

/** Content score from the column headers alone, without the title: enough to claim, never certain. */
const HEADERS_ONLY = 0.6;

/** The header row sits in the first lines; 001 breaks each header cell over several short lines. */
const HEADER_LINES = 24;

const headOf = (appendix: AppendixSegment, count: number): string =>
  squash(
    appendix.lines
      .slice(0, count)
      .map((l) => l.text)
      .join(' '),
  );

/** The title's words, or failing them every column header: how sure the words make it this table. */
function wordFit(appendix: AppendixSegment, signature: TableSignature): number {
  const title = squash(appendix.title);
  const head = headOf(appendix, HEAD_LINES);
  const phrases = signature.titles.map(squash);
  const excluded = (signature.notTitles ?? []).map(squash);
  if (excluded.some((p) => title.includes(p) || head.includes(p))) return 0;
  if (phrases.some((p) => title.includes(p))) return 1;
  if (phrases.some((p) => head.includes(p))) return TITLE_IN_LINES;
  const headers = (signature.headers ?? []).map(squash);
  const headerRow = headers.length > 0 ? headOf(appendix, HEADER_LINES) : '';
  return headers.length > 0 && headers.every((h) => headerRow.includes(h)) ? HEADERS_ONLY : 0;
}

/** Whether rows open as the signature says, and more often than any other way (3 rows make it sure). */
function rowFit(layout: TableLayout, rowStart: RowStart | undefined): number {
  if (!rowStart) return 1;
  const own = layout.rowStarts[rowStart];
  const all = Object.values(layout.rowStarts).reduce((n, c) => n + c, 0);
  return all === 0 ? 0 : ramp(own, 0, 3) * (own / all);
}

/** Score 0..1: the appendix's fit to the signature's surface form times its fit to the title words. */
export function detectTable(appendix: AppendixSegment, signature: TableSignature): number {
  const layout = measureLayout(appendix);
  const form = FORM_FIT[signature.form](layout) * rowFit(layout, signature.rowStart);
  return form === 0 ? 0 : form * wordFit(appendix, signature);
}
