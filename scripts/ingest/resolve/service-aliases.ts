/**
 * The reviewed alias table (content/corrections/service-aliases.json): pairs of service names that are
 * one service although matching would keep them apart (`same`), or two services although their names
 * are alike (`distinct`). Each entry says why. Validated entry by entry; a bad entry is reported and skipped.
 */
import { z } from 'astro/zod';
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic } from '../types.ts';
import { serviceKey } from './service-name-key.ts';

export const SERVICE_ALIASES_FILE = 'content/corrections/service-aliases.json';

export const serviceAliasSchema = z.strictObject({
  decision: z.enum(['same', 'distinct']),
  /** Service names exactly as the acts write them (normalised), two or more. */
  names: z.array(z.string().trim().min(1)).min(2),
  /** Why, in plain words, with the acts and documents concerned. */
  reason: z.string().trim().min(20),
});
export type ServiceAlias = z.infer<typeof serviceAliasSchema>;

export interface ServiceAliases {
  /** Whether the reviewed table says two names are one service (true), two (false), or nothing (null). */
  decide: (a: string, b: string) => boolean | null;
  entries: ServiceAlias[];
  diagnostics: Diagnostic[];
}

export function parseServiceAliases(input: unknown): ServiceAliases {
  const diagnostics: Diagnostic[] = [];
  const entries: ServiceAlias[] = [];
  (Array.isArray(input) ? input : [input]).forEach((entry, i) => {
    const parsed = serviceAliasSchema.safeParse(entry);
    if (parsed.success) entries.push(parsed.data);
    else {
      const issue = parsed.error.issues[0];
      diagnostics.push(
        diagnostic('error', 'service-alias-invalid', `entry ${i + 1}: ${issue?.path.join('.')}: ${issue?.message}`, {
          file: SERVICE_ALIASES_FILE,
        }),
      );
    }
  });
  const decisions = new Map<string, boolean>();
  for (const e of entries) {
    const keys = e.names.map(serviceKey);
    for (const a of keys) for (const b of keys) if (a !== b) decisions.set(`${a}|${b}`, e.decision === 'same');
  }
  return { decide: (a, b) => decisions.get(`${serviceKey(a)}|${serviceKey(b)}`) ?? null, entries, diagnostics };
}
