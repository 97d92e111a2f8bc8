/**
 * Rows lost inside a table show in its printed numbering: a cut or deleted row leaves a gap (`5` after
 * `3`), a shuffled table runs backwards (`12` after `17`). Numbering may restart at 1 under each district
 * heading (rural akims), which is neither. Tables whose rows are mostly unnumbered are not judged.
 */
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic, RawOfficeRow } from '../types.ts';

export function checkRowNumbering(appendixId: string, rows: readonly RawOfficeRow[]): Diagnostic[] {
  const numbered = rows.filter((r) => r.rowNumber !== null && /^\d+$/.test(r.rowNumber.trim()));
  if (numbered.length < 2 || numbered.length * 2 < rows.length) return [];
  const out: Diagnostic[] = [];
  let previous: RawOfficeRow | null = null;
  for (const row of numbered) {
    const n = Number(row.rowNumber);
    const p = previous ? Number(previous.rowNumber) : 0;
    const at = { file: row.span.file, line: row.span.line };
    if (n > p + 1 && !(n === 1)) {
      const missing = n === p + 2 ? `${p + 1} is` : `${p + 1}-${n - 1} are`;
      out.push(diagnostic('error', 'rows-missing', `${appendixId}: row ${n} follows row ${p}; ${missing} missing`, at));
    } else if (n <= p && n !== 1) {
      out.push(
        diagnostic(
          'error',
          'rows-out-of-order',
          `${appendixId}: row ${n} follows row ${p} (line ${previous?.span.line}): rows shuffled or repeated`,
          at,
        ),
      );
    }
    previous = row;
  }
  return out;
}

/**
 * A row without a number in a table that numbers its rows (three quarters of them at least): a row's
 * lines read loose from their number, as when 30 shuffled lines of 000 left four names and addresses
 * behind their numbers. Each such row is an error at its first line.
 */
export function checkUnnumberedRows(appendixId: string, rows: readonly RawOfficeRow[]): Diagnostic[] {
  const numbered = rows.filter((r) => r.rowNumber !== null);
  if (numbered.length < 3 || numbered.length * 4 < rows.length * 3) return [];
  return rows
    .filter((r) => r.rowNumber === null)
    .map((r) =>
      diagnostic(
        'error',
        'row-unnumbered',
        `${appendixId}: «${r.cells.name.slice(0, 60)}» is read as a row without a number, in a table whose other rows are numbered: lines moved away from their row?`,
        { file: r.span.file, line: r.span.line },
      ),
    );
}

/**
 * Numbering that starts again at 1 under no new heading: the acts restart it only under a region's (000)
 * or a district's (001, 002 rural akims) own heading, so a restart in the same region and district means
 * that heading was lost, and the rows after it are read as the previous place's. 12 lines cut from 000
 * (line 1461) once put Almaty city's departments in Оңтүстік Қазақстан облысы with exit 0.
 */
export function checkRestartsWithoutHeading(appendixId: string, rows: readonly RawOfficeRow[]): Diagnostic[] {
  // Districts from headings run over several rows (001's rural akims); a district each row names itself
  // (000's departments) changes every row, and then only the region's heading counts.
  const runs = rows.filter((r, i) => i > 0 && r.district !== null && r.district === rows[i - 1]?.district).length;
  const byDistrict = runs * 2 > rows.length;
  const out: Diagnostic[] = [];
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    if (!previous || row.rowNumber?.trim() !== '1' || previous.rowNumber === null) return;
    if (row.region !== previous.region || (byDistrict && row.district !== previous.district)) return;
    const place = byDistrict ? (row.district ?? row.region) : row.region;
    const message = `${appendixId}: row 1 «${row.cells.name.slice(0, 60)}» starts the numbering again after row ${previous.rowNumber} with no new heading: its rows are read as ${place}'s (a region or district heading lost?)`;
    out.push(
      diagnostic('error', 'rows-restart-without-heading', message, { file: row.span.file, line: row.span.line }),
    );
  });
  return out;
}
