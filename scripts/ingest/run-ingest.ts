/**
 * The ingest pipeline, as a table of contents. Pure: source texts and the reviewed inputs in, validated
 * records and a report out. Only read-sources.ts, read-inputs.ts and emit.ts touch the file system (a
 * `read-` name is kept for modules that do).
 */
import type { Act } from '../../src/schemas/act.ts';
import type { Office } from '../../src/schemas/office.ts';
import type { Place } from '../../src/schemas/place.ts';
import type { IngestReport } from '../../src/schemas/report.ts';
import type { Service } from '../../src/schemas/service.ts';
import { ingestFile } from './ingest-file.ts';
import type { IngestInputs } from './inputs.ts';
import { dropIdClashes } from './integrity/drop-id-clashes.ts';
import { createTableParsers } from './parse/registry.ts';
import { buildReport } from './report/build-report.ts';
import { applicabilityTotals } from './resolve/applicability/applicability-totals.ts';
import { resolveApplicability } from './resolve/applicability/resolve-applicability.ts';
import { applyStandardHours, rowKey } from './resolve/apply-standard-hours.ts';
import { buildPlaces } from './resolve/build-places.ts';
import { completeAreaCodes } from './resolve/complete-area-codes.ts';
import { correctContacts, NO_CONTACT_CORRECTIONS } from './resolve/contact-corrections.ts';
import { geocodeOffices } from './resolve/geocode-offices.ts';
import { groupServices } from './resolve/group-services.ts';
import { linkServicesOffices } from './resolve/link-services-offices.ts';
import { mergeOffices } from './resolve/merge-offices/index.ts';
import { officeFigures } from './resolve/office-figures.ts';
import { resolveComplaintRoutes } from './resolve/resolve-complaint-routes.ts';
import { resolveReferences } from './resolve/resolve-references.ts';
import { sortRecordLists } from './resolve/sort-record-lists.ts';
import { unlinkCutWebsites } from './resolve/unlink-cut-websites.ts';
import type { SourceText } from './types.ts';
import { validateAll, validatePlaces } from './validate.ts';

export interface IngestResult {
  acts: Act[];
  services: Service[];
  offices: Office[];
  places: Place[];
  report: IngestReport;
  /** Each readable source's normalised text, line i on line i, by file name: what the act pages show. */
  texts: Record<string, string>;
}

export function runIngest(
  sources: readonly SourceText[],
  inputs: IngestInputs,
  hashes: Readonly<Record<string, string>> = {},
): IngestResult {
  // 1-5. Each file on its own (ingest-file.ts): read check, normalise, segment, act head, service
  //      documents, and office rows from the appendix tables the registry recognises (ingest-appendix.ts).
  const parsers = createTableParsers(inputs.corrections);
  // In name order whatever order the caller gives, so merged lists come out the same (as readSources reads).
  const ordered = [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const files = ordered.map((source, i) => ingestFile(source, parsers, ordered.slice(0, i)));
  // A second act with an id already taken (a copy with one line changed) is skipped whole: ids are URLs.
  const unique = dropIdClashes(files);
  const read = unique.files;
  const diagnostics = [
    ...inputs.corrections.diagnostics.filter((d) => d.line === null),
    ...(inputs.areaCodes?.diagnostics ?? []),
    ...inputs.districtCentres.diagnostics,
    ...inputs.officeIds.diagnostics,
    ...(inputs.contactCorrections?.diagnostics ?? []),
    ...read.flatMap((r) => r.diagnostics),
    ...unique.diagnostics,
  ];
  const acts = read.flatMap((r) => (r.act ? [r.act] : []));
  const versions = read.flatMap((r) => r.versions);
  const rows = read.flatMap((r) => r.offices);
  const texts = Object.fromEntries(read.flatMap((r) => (r.text === null ? [] : [[r.report.file, r.text]])));
  // Hours as each row states them, and each document's schedule sentences (whom each names).
  const rowHours = new Map(rows.flatMap((r) => (r.hours && r.sources[0] ? [[rowKey(r.sources[0]), r.hours]] : [])));
  const clauseHours = new Map(read.flatMap((r) => r.clauseHours));

  // 6. One office per real office: rows of the same office (every standard of an act lists it again)
  //    merged by ordered refiners. Then complete phone numbers written without an area code from the
  //    same office's city, and place every office on the map from the offline gazetteer.
  const actDates = Object.fromEntries(acts.map((a) => [a.id, a.date]));
  const merged = mergeOffices(rows, actDates, inputs.officeIds);
  diagnostics.push(...merged.diagnostics);
  // Hours from the office's own row, its group's cell or a clause naming its kind; every reading kept.
  const timed = applyStandardHours(merged.offices, { rowHours, clauses: clauseHours, actDates });
  const completed = completeAreaCodes(timed.offices, inputs.areaCodes, rows);
  diagnostics.push(...completed.diagnostics);
  const linkable = unlinkCutWebsites(completed.offices);
  diagnostics.push(...linkable.diagnostics);
  // Look-alike addresses (a Cyrillic letter, 1 or I for l, 0 for o) link only through a reviewed correction.
  const usable = correctContacts(linkable.offices, diagnostics, inputs.contactCorrections ?? NO_CONTACT_CORRECTIONS);
  diagnostics.push(...usable.diagnostics);
  const placed = geocodeOffices(usable.offices, inputs.gazetteer, inputs.districtCentres.entries);
  diagnostics.push(...placed.diagnostics);

  // 7. Resolve what points elsewhere (regulations citing their standard's clauses); one service per real
  //    service across acts (with the reviewed aliases); the places hierarchy; which offices deliver which
  //    version; complaint routes per district.
  diagnostics.push(...resolveReferences(versions));
  const grouped = groupServices(versions, actDates, inputs.aliases, inputs.serviceIds);
  diagnostics.push(...grouped.diagnostics);
  const built = buildPlaces(placed.offices, { reviewed: inputs.reviewedPlaces, gazetteer: inputs.gazetteer });
  diagnostics.push(...built.diagnostics);
  const linked = linkServicesOffices(grouped.services, built.offices);
  const complaints = resolveComplaintRoutes(linked.services, linked.offices, built.places);
  // Every list of ids in a record sorted, so no act's order or presence reorders another's records.
  const routed = sortRecordLists(complaints.services, complaints.offices);
  // Which versions apply in each district: the region's own act, a national standard everywhere.
  const applied = resolveApplicability(routed.services, acts, built.places);
  diagnostics.push(...applied.diagnostics);

  // 8. Validate every record against the zod schemas; invalid ones are reported by file:line.
  const places = validatePlaces(built.places);
  diagnostics.push(...places.diagnostics);
  const valid = validateAll({ acts, services: applied.services, offices: routed.offices });
  diagnostics.push(...valid.diagnostics);

  // 9. The report: every row accounted for, totals, every diagnostic.
  const figures = {
    ...officeFigures(valid.offices, completed.gaps, diagnostics),
    ...applicabilityTotals(valid.services),
    ...timed.totals,
    ...usable.totals,
  };
  const report = buildReport({
    sources: ordered,
    hashes,
    files: read.map((r) => r.report),
    diagnostics,
    counts: {
      acts: valid.acts.length,
      services: valid.services.length,
      serviceVersions: valid.services.reduce((n, s) => n + s.versions.length, 0),
      offices: valid.offices.length,
    },
    officeKinds: valid.offices.map((o) => o.kind),
    placeKinds: places.places.map((p) => p.kind),
    rowsBeforeMerge: rows.length,
    merged,
    geocode: placed.totals,
    figures,
  });
  return { acts: valid.acts, services: valid.services, offices: valid.offices, places: places.places, report, texts };
}
