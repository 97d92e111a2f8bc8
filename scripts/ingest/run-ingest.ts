/**
 * The ingest pipeline, as a table of contents. Pure: source texts in, validated records and a report out.
 * Only read-sources.ts and emit.ts touch the file system.
 */
import type { Act } from '../../src/schemas/act.ts';
import type { Hours, Office, OfficeRow } from '../../src/schemas/office.ts';
import { type Place, placeSchema } from '../../src/schemas/place.ts';
import type { IngestReport } from '../../src/schemas/report.ts';
import type { Service, ServiceVersion } from '../../src/schemas/service.ts';
import { diagnostic } from './diagnostics.ts';
import { normaliseSource } from './normalise/index.ts';
import { buildOfficeRecord } from './parse/build-office-record.ts';
import { parseActHead } from './parse/parse-act-head.ts';
import { parseServiceVersion } from './parse/parse-service-version.ts';
import { findTableParser } from './parse/registry.ts';
import { checkReadable } from './read-checks.ts';
import { applicabilityTotals } from './resolve/applicability/applicability-totals.ts';
import { resolveApplicability } from './resolve/applicability/resolve-applicability.ts';
import { applyStandardHours, rowKey } from './resolve/apply-standard-hours.ts';
import { buildPlaces } from './resolve/build-places.ts';
import { completeAreaCodes } from './resolve/complete-area-codes.ts';
import { geocodeOffices } from './resolve/geocode-offices.ts';
import { groupServices } from './resolve/group-services.ts';
import { type ClauseReading, scheduleReadings } from './resolve/hours/schedule-readings.ts';
import { linkServicesOffices } from './resolve/link-services-offices.ts';
import { mergeOffices } from './resolve/merge-offices/index.ts';
import { resolveComplaintRoutes } from './resolve/resolve-complaint-routes.ts';
import { resolveReferences } from './resolve/resolve-references.ts';
import { segmentSource } from './segment/segment-source.ts';
import type { Diagnostic, SourceText } from './types.ts';
import { validateAll } from './validate.ts';

export interface IngestResult {
  acts: Act[];
  services: Service[];
  offices: Office[];
  places: Place[];
  report: IngestReport;
}

type FileReport = IngestReport['files'][number];

export function runIngest(sources: readonly SourceText[], hashes: Record<string, string> = {}): IngestResult {
  const diagnostics: Diagnostic[] = [];
  const acts: Act[] = [];
  const versions: ServiceVersion[] = [];
  const offices: OfficeRow[] = [];
  const files: FileReport[] = [];
  const rowHours = new Map<string, Hours>();
  const clauseHours = new Map<string, { file: string; readings: ClauseReading[] }>();

  for (const source of sources) {
    // 1. Refuse what is not text (random bytes, empty, truncated to nothing): one error, then go on.
    const unreadable = checkReadable(source);
    if (unreadable) {
      diagnostics.push(unreadable);
      files.push({ file: source.file, act: null, documents: 0, appendices: [], coverage: {} });
      continue;
    }
    // 2. Normalise line by line (homoglyphs, letter-spacing, NFC), keeping line numbers.
    const normalised = normaliseSource(source);
    diagnostics.push(...normalised.diagnostics);
    // 3. Segment into the act head, its service documents, their clauses and appendices.
    const segmented = segmentSource(normalised);
    diagnostics.push(...segmented.diagnostics);
    // 4. The act: issuer, date, number, registration, status, amendments.
    const head = parseActHead(segmented);
    diagnostics.push(...head.diagnostics);
    if (!head.act) {
      files.push({ file: source.file, act: null, documents: 0, appendices: [], coverage: {} });
      continue;
    }
    const act = head.act;
    const fileReport: FileReport = {
      file: source.file,
      act: act.id,
      documents: segmented.documents.length,
      appendices: [],
      coverage: {},
    };
    // 5. Each service document: facts from its clauses, then office rows from its appendices.
    for (const doc of segmented.documents) {
      const parsed = parseServiceVersion(doc, act);
      diagnostics.push(...parsed.diagnostics);
      versions.push(parsed.version);
      act.documents.push(parsed.version.id);
      fileReport.coverage[parsed.version.id] = parsed.coverage;
      // The document's schedule clause, sentence by sentence: whom each names (resolved after merging).
      const clauseLine = parsed.version.clauses.find((c) => c.text === parsed.version.schedule)?.sources[0]?.line;
      const schedule = scheduleReadings(parsed.version.schedule, { file: doc.file, line: clauseLine ?? doc.span.line });
      diagnostics.push(...schedule.diagnostics);
      clauseHours.set(parsed.version.id, { file: doc.file, readings: schedule.readings });
      for (const appendix of doc.appendices) {
        const claimed = parsed.claimedAppendices[appendix.number];
        if (claimed) {
          // Quality-indicator tables, form templates and process diagrams belong to the service.
          fileReport.appendices.push({
            id: `${parsed.version.id}/${appendix.number}`,
            file: source.file,
            line: appendix.span.line,
            kind: claimed,
            title: appendix.title,
            rowsSeen: 0,
            recordsEmitted: 0,
            rowsRejected: 0,
            corrections: 0,
          });
          continue;
        }
        const ctx = { file: source.file, actId: act.id, versionId: parsed.version.id, appendix, region: act.region };
        const appendixId = `${parsed.version.id}/${appendix.number}`;
        const parser = findTableParser(appendix);
        const entry = {
          id: appendixId,
          file: source.file,
          line: appendix.span.line,
          kind: parser?.name ?? 'unknown',
          title: appendix.title,
          rowsSeen: 0,
          recordsEmitted: 0,
          rowsRejected: 0,
          corrections: 0,
        };
        fileReport.appendices.push(entry);
        if (!parser) {
          diagnostics.push(
            diagnostic('warning', 'unknown-appendix', `no parser reads appendix ${appendixId} «${appendix.title}»`, {
              file: source.file,
              line: appendix.span.line,
            }),
          );
          continue;
        }
        const table = parser.parse(ctx);
        diagnostics.push(...table.diagnostics);
        entry.rowsSeen = table.rowsSeen;
        entry.rowsRejected = table.rejected.length;
        for (const r of table.rejected) {
          diagnostics.push(
            diagnostic('warning', `row-rejected:${r.code}`, `${appendixId}: ${r.reason}: «${r.text.slice(0, 80)}»`, {
              file: r.span.file,
              line: r.span.line,
            }),
          );
        }
        table.rows.forEach((row, i) => {
          const built = buildOfficeRecord(row, { ...ctx, appendixId, index: i + 1 });
          diagnostics.push(...built.diagnostics);
          const rowSource = built.office.sources[0];
          if (built.office.hours && rowSource) rowHours.set(rowKey(rowSource), built.office.hours);
          offices.push(built.office);
          entry.recordsEmitted += 1;
          if (row.correction) entry.corrections += 1;
        });
      }
    }
    acts.push(act);
    files.push(fileReport);
  }

  // 6. One office per real office: rows of the same office (every standard of an act lists it again)
  //    merged by ordered refiners. Then complete phone numbers written without an area code from the
  //    same office's city, and place every office on the map from offline GeoNames data.
  const actDates = Object.fromEntries(acts.map((a) => [a.id, a.date]));
  const merged = mergeOffices(offices, actDates);
  diagnostics.push(...merged.diagnostics);
  // Hours from the office's own row, its group's cell or a clause naming its kind; every reading kept.
  const timed = applyStandardHours(merged.offices, { rowHours, clauses: clauseHours, actDates });
  const completed = completeAreaCodes(timed.offices);
  diagnostics.push(...completed.diagnostics);
  const placed = geocodeOffices(completed.offices);
  diagnostics.push(...placed.diagnostics);

  // 7. Resolve what points elsewhere (regulations citing their standard's clauses); one service per real
  //    service across acts; the places hierarchy; which offices deliver which version; complaint routes
  //    per district.
  diagnostics.push(...resolveReferences(versions));
  const grouped = groupServices(versions, actDates);
  diagnostics.push(...grouped.diagnostics);
  const built = buildPlaces(placed.offices);
  const linked = linkServicesOffices(grouped.services, built.offices);
  const routed = resolveComplaintRoutes(linked.services, linked.offices, built.places);
  // Which versions apply in each district: the region's own act, a national standard everywhere.
  const applied = resolveApplicability(routed.services, acts, built.places);
  diagnostics.push(...applied.diagnostics);
  const services = applied.services;
  const entities = routed.offices;
  const places = built.places.filter((p) => {
    const ok = placeSchema.safeParse(p);
    if (!ok.success)
      diagnostics.push(
        diagnostic('error', 'invalid-record', `place ${p.id}: ${ok.error.issues[0]?.message}`, { file: 'places' }),
      );
    return ok.success;
  });

  // 8. Validate every record against the zod schemas; invalid ones are reported by file:line.
  const valid = validateAll({ acts, services, offices: entities });
  diagnostics.push(...valid.diagnostics);

  const totals: Record<string, number> = {
    acts: valid.acts.length,
    services: valid.services.length,
    serviceVersions: valid.services.reduce((n, s) => n + s.versions.length, 0),
    offices: valid.offices.length,
    rowsSeen: files.reduce((n, f) => n + f.appendices.reduce((m, a) => m + a.rowsSeen, 0), 0),
    rowsRejected: files.reduce((n, f) => n + f.appendices.reduce((m, a) => m + a.rowsRejected, 0), 0),
    corrections: files.reduce((n, f) => n + f.appendices.reduce((m, a) => m + a.corrections, 0), 0),
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
  for (const o of valid.offices) totals[`offices:${o.kind}`] = (totals[`offices:${o.kind}`] ?? 0) + 1;
  // Rows -> entities per kind, merges per refiner, places per kind (issue 4).
  totals.mergedRows = offices.length - merged.offices.length;
  for (const [kind, c] of Object.entries(merged.counts)) {
    totals[`rows:${kind}`] = c.rows;
    totals[`entities:${kind}`] = c.entities;
  }
  for (const [refiner, n] of Object.entries(merged.merges)) totals[`merges:${refiner}`] = n;
  totals.places = places.length;
  for (const p of places) totals[`places:${p.kind}`] = (totals[`places:${p.kind}`] ?? 0) + 1;
  Object.assign(totals, placed.totals);
  Object.assign(totals, applicabilityTotals(valid.services), timed.totals);

  const report: IngestReport = {
    generatedFrom: sources.map((s) => ({
      file: s.file,
      sha256: hashes[s.file] ?? '',
      lines: s.text.split('\n').length,
    })),
    files,
    totals,
    diagnostics,
  };
  return { acts: valid.acts, services: valid.services, offices: valid.offices, places, report };
}
