/**
 * Open data against the zod schemas: every record of dist/data/*.json must parse, and a failure names
 * the record and the field, so a broken phone points at its office.
 */
import type { z } from 'astro/zod';

export interface InvalidRecord {
  index: number;
  id: string;
  issues: string[];
}

export function invalidRecords(records: readonly unknown[], schema: z.ZodType): InvalidRecord[] {
  const out: InvalidRecord[] = [];
  records.forEach((record, index) => {
    const result = schema.safeParse(record);
    if (result.success) return;
    const id = (record as { id?: unknown })?.id;
    out.push({
      index,
      id: typeof id === 'string' ? id : `#${index}`,
      issues: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    });
  });
  return out;
}
