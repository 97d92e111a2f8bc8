/**
 * Published ids of services that several acts approve (content/corrections/service-ids.json). A service
 * id was the slug of its first version's name in file order, so 001 replaced by random bytes renamed two
 * of 002's services and their URLs. A registered id belongs to every name listed, so each act's version
 * finds it alone; services of one act keep the slug of their own name, which no other file touches.
 */
import { z } from 'astro/zod';
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic } from '../types.ts';
import { serviceKey } from './service-name-key.ts';

export const SERVICE_IDS_FILE = 'content/corrections/service-ids.json';

export const serviceIdSchema = z.strictObject({
  /** The service's published id (its URL `/services/<id>/`). */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Every name the acts give the service (normalised), one or more. */
  names: z.array(z.string().trim().min(1)).min(1),
  /** Why the id is pinned, in plain words. */
  reason: z.string().trim().min(10),
});

export interface ServiceIds {
  /** The registered id of a service whose versions bear these names, or null. */
  idFor: (names: readonly string[]) => string | null;
  diagnostics: Diagnostic[];
}

export function parseServiceIds(input: unknown): ServiceIds {
  const diagnostics: Diagnostic[] = [];
  const byKey = new Map<string, string>();
  (Array.isArray(input) ? input : [input]).forEach((entry, i) => {
    const parsed = serviceIdSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const message = `entry ${i + 1}: ${issue?.path.join('.')}: ${issue?.message}`;
      diagnostics.push(diagnostic('error', 'service-id-invalid', message, { file: SERVICE_IDS_FILE }));
      return;
    }
    for (const name of parsed.data.names) {
      const key = serviceKey(name);
      const other = byKey.get(key);
      if (other && other !== parsed.data.id) {
        const message = `«${name}» is registered under ${other} and ${parsed.data.id}`;
        diagnostics.push(diagnostic('error', 'service-id-conflict', message, { file: SERVICE_IDS_FILE }));
      } else byKey.set(key, parsed.data.id);
    }
  });
  return {
    idFor: (names) => names.map((n) => byKey.get(serviceKey(n))).find((id) => id !== undefined) ?? null,
    diagnostics,
  };
}

/** No pinned ids: every service keeps the slug of its name (tests of grouping alone). */
export const NO_SERVICE_IDS: ServiceIds = parseServiceIds([]);
