import { z } from 'astro/zod';

/** Where a fact was read: a file in content/sources and a 1-based line in it. */
export const sourceRefSchema = z.object({
  /** File name as in content/sources, e.g. `001_c8303bd5a1b4be25.txt`. */
  file: z.string().min(1),
  /** 1-based line number in that file where the fact starts. */
  line: z.number().int().positive(),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

/** Every record carries at least one source reference. */
export const sourcesSchema = z.array(sourceRefSchema).min(1);

/** A flag on something the authors of an act wrote wrongly; kept as written, never fixed silently. */
export const flagSchema = z.object({
  /** Short machine code, e.g. `duplicate-clause-number`, `wrong-standard-cited`. */
  code: z.string().min(1),
  /** Plain-language explanation. */
  message: z.string().min(1),
  sources: sourcesSchema,
});
export type Flag = z.infer<typeof flagSchema>;
