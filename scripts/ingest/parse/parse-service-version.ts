import type { Act } from '../../../src/schemas/act.ts';
import type { ServiceVersion } from '../../../src/schemas/service.ts';
import type { Diagnostic, DocumentSegment } from '../types.ts';

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

/** Turns one service document into a service version with its facts. */
export function parseServiceVersion(doc: DocumentSegment, act: Act): ParsedVersion {
  const sources = [{ file: doc.file, line: doc.span.line }];
  return {
    version: {
      id: `${act.id}-${doc.ordinal}`,
      act: act.id,
      docType: doc.docType,
      region: act.region,
      name: doc.name,
      ordinal: doc.ordinal,
      provider: null,
      form: null,
      legalBasis: null,
      result: null,
      recipients: null,
      cost: null,
      deadlines: [],
      schedule: null,
      placeConditions: null,
      documents: [],
      refusalGrounds: [],
      suspensionGrounds: [],
      principles: [],
      complaintRoute: [],
      qualityIndicators: [],
      procedure: [],
      forms: [],
      references: [],
      clauses: [],
      flags: [],
      sources,
    },
    coverage: {},
    claimedAppendices: {},
    diagnostics: [],
  };
}
