/**
 * A reviewed list in content/ read entry by entry: an entry that fails its schema is an error naming its
 * JSON pointer (`/12/centre/geonames`) in the list's file, never a stack trace, and the others are still
 * read. Pure.
 */
import type { z } from 'astro/zod';
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic } from '../types.ts';

export function reviewedEntries<S extends z.ZodType>(
  input: unknown,
  schema: S,
  at: { file: string; code: string },
): { entries: { entry: z.infer<S>; index: number }[]; diagnostics: Diagnostic[] } {
  const entries: { entry: z.infer<S>; index: number }[] = [];
  const diagnostics: Diagnostic[] = [];
  (Array.isArray(input) ? input : [input]).forEach((value, index) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) entries.push({ entry: parsed.data, index });
    else {
      const issue = parsed.error.issues[0];
      const pointer = ['', index, ...(issue?.path ?? [])].join('/');
      diagnostics.push(diagnostic('error', at.code, `${pointer}: ${issue?.message}`, { file: at.file }));
    }
  });
  return { entries, diagnostics };
}
