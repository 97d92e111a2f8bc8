/**
 * CSV cells a spreadsheet cannot run (OWASP "CSV Injection"): a cell starting with `=`, `+`, `-`, `@`,
 * tab or carriage return is a formula to Excel and LibreOffice, so it gets a leading `'` (shown by neither
 * as part of the value) and is always quoted. Values come from the acts, where `=HYPERLINK(…)` could be
 * written in any cell.
 */
const formulaStart = /^[=+\-@\t\r]/;

/** `+77163821048`, or several joined by `; `: a phone column's own shape, which no spreadsheet runs. */
const e164List = /^\+[1-9]\d{6,14}(; \+[1-9]\d{6,14})*$/;

export interface CsvCellOptions {
  /** A phone column: valid E.164 numbers keep their `+`. */
  phones?: boolean;
}

/** One RFC 4180 cell, neutralised as above. */
export function csvCell(value: string | number | null | undefined, options: CsvCellOptions = {}): string {
  const text = value == null ? '' : String(value);
  if (typeof value === 'number') return text;
  const keep = options.phones === true && e164List.test(text);
  if (!keep && formulaStart.test(text)) return quote(`'${text}`);
  return /[",\n\r]/.test(text) ? quote(text) : text;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
