import type { RawOfficeRow } from '../types.ts';

/** How a diagnostic names a table row: `2011-394-1/1: row 17 «Ұйғыр ауданының …»`, its name cut to `length`. */
export function rowLabel(appendixId: string, row: Pick<RawOfficeRow, 'rowNumber' | 'cells'>, length = 60): string {
  return `${appendixId}: row ${row.rowNumber ?? '(unnumbered)'} «${row.cells.name.slice(0, length)}»`;
}
