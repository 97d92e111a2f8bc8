import type { Act } from '../../../src/schemas/act.ts';
import type { ServiceVersion } from '../../../src/schemas/service.ts';
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic, DocumentSegment } from '../types.ts';
import { classifyDocumentEntries } from './service/classify-document-entries.ts';
import { clauseBody, clauseParagraphs } from './service/clause-paragraphs.ts';
import { countingDiagnostics } from './service/counting-rules.ts';
import { parseComplaintRoute } from './service/parse-complaint-route.ts';
import { parseCost } from './service/parse-cost.ts';
import { deadlineClause, parseDeadlines } from './service/parse-deadlines.ts';
import { numberingFlags } from './service/parse-flags.ts';
import { parseForm } from './service/parse-form.ts';
import { isFormAppendix, parseFormTemplate } from './service/parse-forms.ts';
import { parseGrounds } from './service/parse-grounds.ts';
import { parsePrinciples } from './service/parse-principles.ts';
import { parseProcedure } from './service/parse-procedure.ts';
import { isQualityAppendix, parseQualityIndicators } from './service/parse-quality-indicators.ts';
import { parseReferences } from './service/parse-references.ts';
import { parseRequiredDocuments } from './service/parse-required-documents.ts';
import { parseTextFacts } from './service/parse-text-facts.ts';

export interface ParsedVersion {
  version: ServiceVersion;
  /** Which facts were found (`{ deadlines: true, cost: false, ... }`), for the report. */
  coverage: Record<string, boolean>;
  /**
   * Appendices that belong to the service rather than listing offices, by appendix number, with the kind
   * for the report (`quality-indicators`, `form-template`, `process-diagram`).
   */
  claimedAppendices: Record<number, string>;
  diagnostics: Diagnostic[];
}

/** The facts the ingest report accounts for, in the order the report lists them. */
export const COVERAGE_FIELDS = [
  'provider',
  'form',
  'legalBasis',
  'result',
  'recipients',
  'deadlines',
  'cost',
  'schedule',
  'documents',
  'refusalGrounds',
  'complaintRoute',
  'qualityIndicators',
  'procedure',
] as const;

/** Turns one service document into a service version with its facts. */
export function parseServiceVersion(doc: DocumentSegment, act: Act): ParsedVersion {
  const { file, clauses } = doc;
  const at = (line: number | null | undefined) => [{ file, line: line ?? doc.span.line }];
  const id = `${act.id}-${doc.ordinal}`;

  // Appendices that are part of the service: the quality table, stage tables and diagrams, forms.
  const claimedAppendices: Record<number, string> = {};
  const quality = doc.appendices.filter(isQualityAppendix);
  for (const a of quality) claimedAppendices[a.number] = 'quality-indicators';
  const procedure = parseProcedure(clauses, doc.appendices, file);
  for (const n of procedure.tables) claimedAppendices[n] ??= 'process-diagram';
  const forms = doc.appendices.filter((a) => !claimedAppendices[a.number] && isFormAppendix(a));
  for (const a of forms) claimedAppendices[a.number] = 'form-template';

  const text = parseTextFacts(clauses);
  const form = parseForm(clauses, file);
  const cost = parseCost(clauses);
  const deadlines = parseDeadlines(doc);
  // The term is the clause's first sub-item (`1) ...`): the heading paragraph only names the clause.
  const termClause = deadlineClause(clauses);
  const termParagraph = termClause ? (clauseParagraphs(termClause)[1] ?? clauseParagraphs(termClause)[0]) : undefined;
  const grounds = parseGrounds(clauses, doc.docType);
  const principles = parsePrinciples(clauses);
  const refs = doc.docType === 'regulation' ? parseReferences(clauses, doc.name, file) : { references: [], flags: [] };
  const flags = [...(form?.flags ?? []), ...refs.flags, ...numberingFlags(clauses, file)];
  if (procedure.limits.length > 0 && procedure.limitsMatched) {
    flags.push({
      code: 'procedure-limits-by-order',
      message: `stage limits taken in order from the stage table (${procedure.limits.join(', ')}): the table's columns do not name the body's stages`,
      sources: at(procedure.steps[0]?.sources[0]?.line),
    });
  }

  const version: ServiceVersion = {
    id,
    act: act.id,
    docType: doc.docType,
    region: act.region,
    name: doc.name,
    ordinal: doc.ordinal,
    provider: text.provider?.text ?? null,
    form: form?.form ?? null,
    legalBasis: text.legalBasis?.text ?? null,
    result: text.result?.text ?? null,
    recipients: text.recipients?.text ?? null,
    // The cost clause's own line: the citation points at the clause, never at a clause that merely says «тегін».
    cost: cost ? { ...cost.cost, sources: at(cost.line) } : null,
    deadlines,
    schedule: text.schedule?.text ?? null,
    placeConditions: text.placeConditions?.text ?? null,
    documents: classifyDocumentEntries(parseRequiredDocuments(clauses, file), doc.name),
    refusalGrounds: grounds.refusal,
    suspensionGrounds: grounds.suspension,
    principles: principles.principles,
    complaintRoute: parseComplaintRoute(clauses, file),
    qualityIndicators: quality.flatMap(parseQualityIndicators),
    procedure: procedure.steps,
    forms: forms.map(parseFormTemplate),
    references: refs.references,
    clauses: clauses.flatMap((c) => {
      const body = clauseBody(c);
      return body ? [{ number: c.number, section: c.section, text: body, sources: at(c.span.line) }] : [];
    }),
    flags,
    sources: at(doc.span.line),
  };

  const coverage = coverageOf(version);
  const diagnostics = [
    ...countingDiagnostics(id, deadlines, termParagraph ?? null, file),
    ...COVERAGE_FIELDS.filter((f) => !coverage[f]).map((f) => gap(version, f, doc)),
    ...flags.map((f) =>
      diagnostic('info', `flag:${f.code}`, `${id}: ${f.message}`, { file, line: f.sources[0]?.line ?? null }),
    ),
  ];
  if (procedure.limits.length > 0 && !procedure.limitsMatched) {
    diagnostics.push(
      diagnostic(
        'info',
        'procedure-limits-unmatched',
        `${id}: the stage table gives ${procedure.limits.length} limits (${procedure.limits.join(', ')}) for ${procedure.steps.length} stages; limits left unset`,
        { file, line: procedure.steps[0]?.sources[0]?.line ?? doc.span.line },
      ),
    );
  }
  return { version, coverage, claimedAppendices, diagnostics };
}

function coverageOf(v: ServiceVersion): Record<string, boolean> {
  return {
    provider: v.provider !== null,
    form: v.form !== null,
    legalBasis: v.legalBasis !== null,
    result: v.result !== null,
    recipients: v.recipients !== null,
    deadlines: v.deadlines.length > 0,
    cost: v.cost !== null,
    schedule: v.schedule !== null,
    documents: v.documents.length > 0,
    refusalGrounds: v.refusalGrounds.length > 0,
    complaintRoute: v.complaintRoute.length > 0,
    qualityIndicators: v.qualityIndicators.length > 0,
    procedure: v.procedure.length > 0,
  };
}

/** An info diagnostic for a fact the document does not state, naming where a reference points instead. */
function gap(v: ServiceVersion, field: string, doc: DocumentSegment): Diagnostic {
  const ref = v.references.find((r) => r.field === field);
  const why = ref ? `; the text points to clause ${ref.clause} of its standard` : '';
  return diagnostic('info', `fact-missing:${field}`, `${v.id} «${v.name}»: ${field} not stated${why}`, {
    file: doc.file,
    line: ref?.sources[0]?.line ?? doc.span.line,
  });
}
