import { z } from 'astro/zod';
import { flagSchema, sourcesSchema } from './source.ts';

/** An act reference: who issued it, when, under which number. */
export const actRefSchema = z.object({
  /** Issuing body as written, e.g. `Алматы облысы әкімдігі`. */
  issuer: z.string().min(1),
  /** ISO date (YYYY-MM-DD). */
  date: z.iso.date(),
  /** Number as written, e.g. `196`, `а-2/68`. */
  number: z.string().min(1),
});

export const amendmentSchema = z.object({
  /** The note as written (`Ескерту. ... өзгерту енгізілді ...`). */
  text: z.string().min(1),
  /** The amending act, when the note names it. */
  by: actRefSchema.partial().nullable(),
  sources: sourcesSchema,
});

export const actSchema = z.object({
  /** Stable slug: year and number, e.g. `2012-349`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Title of the act as written (normalised). */
  title: z.string().min(1),
  /** Body that adopted the act, e.g. `Алматы облысы әкімдігі`, `Қазақстан Республикасының Үкіметі`. */
  issuer: z.string().min(1),
  /** Date of adoption, ISO. */
  date: z.iso.date(),
  /** Number as written, e.g. `349`, `32/08`, `А-6/342`. */
  number: z.string().min(1),
  /** Registration with the justice department, when the text gives it. */
  registration: z.object({ number: z.string().min(1), date: z.iso.date() }).nullable(),
  /** `unknown` when the text carries no status line: never guessed. */
  status: z.enum(['repealed', 'in-force', 'unknown']),
  repealedBy: actRefSchema.nullable(),
  /** The service documents (standards, regulations) the act approves: ids of service versions. */
  documents: z.array(z.string()),
  /** Source file name in content/sources. */
  file: z.string().min(1),
  /** Kind of the region that issued it; null for national acts. */
  region: z.string().nullable(),
  amendments: z.array(amendmentSchema),
  flags: z.array(flagSchema),
  sources: sourcesSchema,
});
export type Act = z.infer<typeof actSchema>;
