import { z } from 'astro/zod';

export const diagnosticSchema = z.object({
  file: z.string(),
  /** 1-based source line, or null when the problem is the whole file. */
  line: z.number().int().positive().nullable(),
  severity: z.enum(['error', 'warning', 'info']),
  /** Reason code, e.g. `row-rejected`, `field-missing`, `unknown-appendix`. */
  code: z.string().min(1),
  message: z.string().min(1),
});
export type Diagnostic = z.infer<typeof diagnosticSchema>;

export const appendixReportSchema = z.object({
  /** `act/version/appendix`, e.g. `2012-349-1/1`. */
  id: z.string(),
  file: z.string(),
  line: z.number().int().positive(),
  /** What the appendix holds: an office table kind, a quality-indicator table, a form. */
  kind: z.string(),
  /** How well the chosen table parser fits the appendix, 0..1 (layout times title words); absent for appendices the service document claims. */
  confidence: z.number().min(0).max(1).optional(),
  title: z.string(),
  rowsSeen: z.number().int().nonnegative(),
  recordsEmitted: z.number().int().nonnegative(),
  rowsRejected: z.number().int().nonnegative(),
  corrections: z.number().int().nonnegative(),
});

export const ingestReportSchema = z.object({
  generatedFrom: z.array(z.object({ file: z.string(), sha256: z.string(), lines: z.number().int() })),
  files: z.array(
    z.object({
      file: z.string(),
      act: z.string().nullable(),
      documents: z.number().int().nonnegative(),
      appendices: z.array(appendixReportSchema),
      /** Facts found or missing per document, e.g. `{ deadlines: true, cost: false }`. */
      coverage: z.record(z.string(), z.record(z.string(), z.boolean())),
    }),
  ),
  totals: z.record(z.string(), z.number()),
  diagnostics: z.array(diagnosticSchema),
});
export type IngestReport = z.infer<typeof ingestReportSchema>;
