/**
 * Hand-made office rows for the few table rows that page breaks scrambled beyond what the rules recover
 * (content/corrections/office-rows.json). Each entry names the row's first source line and says why; its
 * cells are copied from the text, never invented. Validated here (read by read-inputs.ts); applied by the
 * table parsers.
 */
import { z } from 'astro/zod';
import { diagnostic } from './diagnostics.ts';
import type { Diagnostic } from './types.ts';

export const CORRECTIONS_FILE = 'content/corrections/office-rows.json';

const text = z.string().trim().min(1);

export const officeRowCorrectionSchema = z.strictObject({
  /** Source file as in content/sources, e.g. `004_b408720c1e18927b.txt`. */
  file: text,
  /** 1-based line where the row starts (its row number). */
  line: z.number().int().positive(),
  /** Why rules cannot cut this row, in plain words. */
  reason: z.string().trim().min(10),
  /** The row's cells (RawOfficeCells), copied from the source text. */
  cells: z.strictObject({
    name: text,
    address: text.optional(),
    phones: text.optional(),
    extraPhones: text.optional(),
    extraPhonesNote: text.optional(),
    contacts: text.optional(),
    hours: text.optional(),
    receptions: text.optional(),
    head: text.optional(),
    cabinet: text.optional(),
    unit: text.optional(),
  }),
});
export type OfficeRowCorrection = z.infer<typeof officeRowCorrectionSchema>;

export interface LoadedCorrections {
  corrections: OfficeRowCorrection[];
  /** One error per invalid entry, at the entry's file and line when it has them. */
  diagnostics: Diagnostic[];
}

/** Validates entry by entry, so one bad entry is reported and the others still apply. */
export function parseOfficeRowCorrections(input: unknown): LoadedCorrections {
  if (!Array.isArray(input)) {
    return {
      corrections: [],
      diagnostics: [
        diagnostic('error', 'corrections-invalid', `${CORRECTIONS_FILE} is not a list`, { file: CORRECTIONS_FILE }),
      ],
    };
  }
  const corrections: OfficeRowCorrection[] = [];
  const diagnostics: Diagnostic[] = [];
  input.forEach((entry: unknown, i) => {
    const parsed = officeRowCorrectionSchema.safeParse(entry);
    if (parsed.success) {
      corrections.push(parsed.data);
      return;
    }
    const where = z.object({ file: z.string(), line: z.number().int().positive() }).safeParse(entry);
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(entry)'}: ${issue.message}`);
    diagnostics.push(
      diagnostic('error', 'correction-invalid', `${CORRECTIONS_FILE} entry ${i + 1}: ${problems.join('; ')}`, {
        file: where.success ? where.data.file : CORRECTIONS_FILE,
        line: where.success ? where.data.line : null,
      }),
    );
  });
  return { corrections, diagnostics };
}

/** No corrections at all: for reading a table by rules alone. */
export const NO_CORRECTIONS: LoadedCorrections = { corrections: [], diagnostics: [] };
