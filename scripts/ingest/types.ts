/**
 * The values that pass between ingest stages. Every one carries where it came from, so a record can
 * always point back to the source line (style guide §4).
 */
import type { OfficeKind } from '../../src/schemas/office.ts';
import type { Diagnostic } from '../../src/schemas/report.ts';
import type { SurfaceForm } from './parse/detect/surface-forms.ts';

export type { Diagnostic, OfficeKind };

/** A raw act text as read from content/sources. */
export interface SourceText {
  /** File name as in content/sources. */
  file: string;
  text: string;
  /** Set when the bytes were not valid UTF-8 (the text then holds U+FFFD where they failed). */
  decoding?: SourceDecoding;
}

/** What went wrong decoding a source's bytes as UTF-8. */
export interface SourceDecoding {
  /** 1-based line of the first byte that is not UTF-8. */
  firstBadLine: number;
  /** How many byte sequences decoded to U+FFFD. */
  undecodable: number;
  /** The encoding the bytes read as (`windows-1251`), or null when it cannot be told. */
  looksLike: string | null;
}

/** A span of source lines, 1-based and inclusive. */
export interface SourceSpan {
  file: string;
  line: number;
  endLine: number;
}

/**
 * One source line after line-level normalisation. Output line i is source line i (the map back to the
 * source is the identity), so joins across lines happen later, on blocks, and keep their span.
 */
export interface SourceLine {
  /** 1-based line number in the source file. */
  line: number;
  /** The line exactly as in the source (without the line ending). */
  raw: string;
  /** The line after normalisation (NFC, homoglyphs folded, letter-spacing rejoined, whitespace tidied). */
  text: string;
}

export interface NormalisedSource {
  file: string;
  lines: SourceLine[];
  diagnostics: Diagnostic[];
}

export type DocType = 'standard' | 'regulation';

/** The head of an act: everything before its first service document. */
export interface ActSegment {
  file: string;
  lines: SourceLine[];
  span: SourceSpan;
}

/** One appendix (қосымша) of a service document: its heading lines, title and table/body lines. */
export interface AppendixSegment {
  file: string;
  /** Ordinal of the service document the appendix belongs to (1-based). */
  documentOrdinal: number;
  /** Appendix number as printed (`1-қосымша` -> 1). */
  number: number;
  /** The appendix title (e.g. `Уәкiлеттi органдардың мекенжайлары мен байланыс деректерi`), normalised. */
  title: string;
  /** The lines after the heading and title: the table or the form text. */
  lines: SourceLine[];
  span: SourceSpan;
}

/** A numbered clause (тармақ) of a service document, with its sub-items joined in. */
export interface ClauseSegment {
  /** As printed: `7`, `12.1`; null for unnumbered paragraphs. */
  number: string | null;
  /** Section heading it stands under, e.g. `1. Жалпы ережелер`. */
  section: string | null;
  /** Lines of the clause. */
  lines: SourceLine[];
  /** Normalised text, lines joined with wrap repair. */
  text: string;
  span: SourceSpan;
}

/** One standard or regulation approved by an act. */
export interface DocumentSegment {
  file: string;
  /** 1-based position in the act. */
  ordinal: number;
  docType: DocType;
  /** The service name exactly as written in the document's title (normalised). */
  name: string;
  /** Lines of the document body (title to first appendix). */
  lines: SourceLine[];
  /**
   * The approval stamp above the title (`... 2011 жылғы 7 сәуiрдегi № 394 қаулысымен бекiтiлген`). Optional;
   * 000 has no act head, so its act metadata is read from here.
   */
  stamp?: SourceLine[];
  clauses: ClauseSegment[];
  appendices: AppendixSegment[];
  span: SourceSpan;
}

/** What the segmenter returns for one source file. */
export interface SegmentedSource {
  file: string;
  act: ActSegment;
  documents: DocumentSegment[];
  diagnostics: Diagnostic[];
}

/** Context handed to a table parser: where the table is and what the act around it says. */
export interface TableContext {
  file: string;
  /** Act id, e.g. `2012-349`. */
  actId: string;
  /** Service version id the appendix belongs to, e.g. `2012-349-1`. */
  versionId: string;
  appendix: AppendixSegment;
  /** Region of the issuing akimat (`Алматы облысы`), or null for a national act. */
  region: string | null;
}

/** The cells of one table row, as text, before field parsing. Absent cells are undefined. */
export interface RawOfficeCells {
  name: string;
  /** Address cell; may still hold a postcode, e-mails, a schedule (003, 004) or phones. */
  address?: string;
  /** Phone cell(s) as written; may hold `тел.`/`факс` labels and notes. */
  phones?: string;
  /** Second phone column (000 appendix 2: heads' phones), with its column meaning in `phonesNote`. */
  extraPhones?: string;
  extraPhonesNote?: string;
  /** Website / e-mail cell. */
  contacts?: string;
  /** Working schedule as written. */
  hours?: string;
  /** Officials' reception schedules as written. */
  receptions?: string;
  head?: string;
  cabinet?: string;
  /** Structural unit within an apparatus (000 appendix 5). */
  unit?: string;
}

/** One office row as a table parser cuts it. */
export interface RawOfficeRow {
  kind: OfficeKind;
  /** Row number as printed (`1`, `12`), or null when the table has none. */
  rowNumber: string | null;
  /** Region, from a heading or the act. */
  region: string;
  /** District or city from a heading (rural akims), or null when the row itself must say. */
  district: string | null;
  cells: RawOfficeCells;
  /** Where `hours` came from: the row, or a cell shared by a group of rows ("ditto"). */
  hoursFrom: 'row' | 'group';
  /** Reason when the row was assembled from content/corrections rather than by rules. */
  correction: string | null;
  span: SourceSpan;
}

/** A row the parser saw but could not turn into an office, with the reason. */
export interface RejectedRow {
  span: SourceSpan;
  /** Reason code, e.g. `cells-missing`, `not-an-office`. */
  code: string;
  reason: string;
  text: string;
}

export interface TableParseResult {
  rows: RawOfficeRow[];
  rejected: RejectedRow[];
  /** Table rows seen (records + rejected); header, column-number and heading lines are not rows. */
  rowsSeen: number;
  diagnostics: Diagnostic[];
}

/** A table parser: pure, text in, rows and diagnostics out. */
export interface TableParser {
  /** Name for the report, after the surface form it reads, e.g. `tabbed-department-table`. */
  name: string;
  /** The surface form it reads: tab-delimited cells, column-broken short lines, or paragraphs. */
  form: SurfaceForm;
  /** How well an appendix fits this parser, 0 (not its table) to 1 (its layout and its title); see parse/registry.ts. */
  detect: (appendix: AppendixSegment) => number;
  parse: (ctx: TableContext) => TableParseResult;
}
