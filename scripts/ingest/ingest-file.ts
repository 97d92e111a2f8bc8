/**
 * The per-file stages: read check -> normalise -> segment -> act head -> each service document and its
 * appendices. Pure: one source text in, its act, service versions, office rows and report entry out.
 */
import type { Act } from '../../src/schemas/act.ts';
import type { OfficeRow } from '../../src/schemas/office.ts';
import type { ServiceVersion } from '../../src/schemas/service.ts';
import { ingestAppendix } from './ingest-appendix.ts';
import { checkReadable } from './integrity/check-readable.ts';
import { checkSource, noAct } from './integrity/check-source.ts';
import { checkGarbageLines, checkTableCopies } from './integrity/index.ts';
import { checkRowCopies, type ParsedTable } from './integrity/row-copies.ts';
import { normaliseSource } from './normalise/index.ts';
import { parseActHead } from './parse/parse-act-head.ts';
import { parseServiceVersion } from './parse/parse-service-version.ts';
import type { FileReport } from './report/build-report.ts';
import { type ClauseReading, scheduleReadings } from './resolve/hours/schedule-readings.ts';
import { segmentSource } from './segment/segment-source.ts';
import type { Diagnostic, SourceText, TableParser } from './types.ts';

export interface FileIngest {
  act: Act | null;
  versions: ServiceVersion[];
  offices: OfficeRow[];
  report: FileReport;
  diagnostics: Diagnostic[];
  /** Per service version: its schedule clause's sentences and whom each names. */
  clauseHours: [string, { file: string; readings: ClauseReading[] }][];
  /** The normalised text (line i on line i), or null when the file is not text. */
  text: string | null;
}

/** `earlier` are the sources read before this one (name order), to tell a repeated file. */
export function ingestFile(
  source: SourceText,
  parsers: readonly TableParser[],
  earlier: readonly SourceText[] = [],
): FileIngest {
  const report: FileReport = { file: source.file, act: null, documents: 0, appendices: [], coverage: {} };
  const out: FileIngest = {
    act: null,
    versions: [],
    offices: [],
    report,
    diagnostics: [],
    clauseHours: [],
    text: null,
  };
  // 1. Refuse what is not text (random bytes, empty, truncated to nothing, not UTF-8) or repeats an
  //    earlier file: one error, then go on.
  const checked = checkSource(source, earlier);
  out.diagnostics.push(...checked.diagnostics);
  const unreadable = checked.skip ? checked.diagnostics[0] : checkReadable(source);
  if (unreadable) {
    if (!checked.skip) out.diagnostics.push(unreadable);
    return out;
  }
  // 2. Normalise line by line (homoglyphs, letter-spacing, NFC), keeping line numbers.
  const normalised = normaliseSource(source);
  out.diagnostics.push(...normalised.diagnostics, ...checkGarbageLines(source.file, normalised.lines));
  out.text = normalised.lines.map((l) => l.text).join('\n');
  // 3. Segment into the act head, its service documents, their clauses and appendices.
  const segmented = segmentSource(normalised);
  out.diagnostics.push(...segmented.diagnostics, ...checkTableCopies(source.file, segmented.documents));
  // 4. The act: issuer, date, number, registration, status, amendments.
  const head = parseActHead(segmented);
  out.diagnostics.push(...head.diagnostics);
  const act = head.act;
  if (!act) {
    out.diagnostics.push(noAct(source.file));
    return out;
  }
  [out.act, report.act, report.documents] = [act, act.id, segmented.documents.length];
  // 5. Each service document: facts from its clauses, then office rows from its appendices.
  const tables: ParsedTable[] = [];
  for (const doc of segmented.documents) {
    const parsed = parseServiceVersion(doc, act);
    out.diagnostics.push(...parsed.diagnostics);
    out.versions.push(parsed.version);
    act.documents.push(parsed.version.id);
    report.coverage[parsed.version.id] = parsed.coverage;
    // The document's schedule clause, sentence by sentence: whom each names (resolved after merging).
    const clauseLine = parsed.version.clauses.find((c) => c.text === parsed.version.schedule)?.sources[0]?.line;
    const schedule = scheduleReadings(parsed.version.schedule, { file: doc.file, line: clauseLine ?? doc.span.line });
    out.diagnostics.push(...schedule.diagnostics);
    out.clauseHours.push([parsed.version.id, { file: doc.file, readings: schedule.readings }]);
    for (const appendix of doc.appendices) {
      const place = {
        file: source.file,
        actId: act.id,
        versionId: parsed.version.id,
        region: act.region,
        claimedAs: parsed.claimedAppendices[appendix.number],
      };
      const read = ingestAppendix(appendix, place, parsers);
      report.appendices.push(read.entry);
      out.diagnostics.push(...read.diagnostics);
      out.offices.push(...read.offices);
      if (read.table) tables.push(read.table);
    }
  }
  // 6. A table printed in several documents, copy against copy.
  out.diagnostics.push(...checkRowCopies(tables));
  return out;
}
