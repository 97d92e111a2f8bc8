import type { z } from 'astro/zod';
import { type Act, actSchema } from '../../src/schemas/act.ts';
import { type Office, officeSchema } from '../../src/schemas/office.ts';
import { type Place, placeSchema } from '../../src/schemas/place.ts';
import { type Service, serviceSchema } from '../../src/schemas/service.ts';
import { diagnostic } from './diagnostics.ts';
import type { Diagnostic } from './types.ts';

interface Sourced {
  id?: unknown;
  sources?: readonly { file: string; line: number }[] | undefined;
}

/** Validates records one by one; an invalid record is dropped with an error naming its id and source line. */
function validateEach<T>(schema: z.ZodType<T>, items: readonly Sourced[], kind: string, out: Diagnostic[]): T[] {
  const valid: T[] = [];
  for (const item of items) {
    const result = schema.safeParse(item);
    if (result.success) {
      valid.push(result.data);
      continue;
    }
    const src = item.sources?.[0];
    const issues = result.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
    out.push(
      diagnostic('error', 'invalid-record', `${kind} ${String(item.id)} does not match its schema: ${issues}`, {
        file: src?.file ?? '(unknown)',
        line: src?.line ?? null,
      }),
    );
  }
  return valid;
}

export function validateAll(data: { acts: Act[]; services: Service[]; offices: Office[] }) {
  const diagnostics: Diagnostic[] = [];
  const acts = validateEach(actSchema, data.acts, 'act', diagnostics);
  const services = validateEach(
    serviceSchema,
    data.services.map((s) => ({ ...s, sources: s.versions[0]?.sources })),
    'service',
    diagnostics,
  );
  const offices = validateEach(officeSchema, data.offices, 'office', diagnostics);
  const ids = new Set<string>();
  for (const o of offices) {
    if (ids.has(o.id)) {
      diagnostics.push(
        diagnostic('error', 'duplicate-id', `office id ${o.id} is used twice`, o.sources[0] ?? { file: '' }),
      );
    }
    ids.add(o.id);
  }
  return { acts, services, offices, diagnostics };
}

/** Validates the places hierarchy; an invalid place is dropped with an error naming its id. */
export function validatePlaces(places: readonly Place[]): { places: Place[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const valid = places.filter((p) => {
    const ok = placeSchema.safeParse(p);
    if (!ok.success) {
      const message = `place ${p.id}: ${ok.error.issues[0]?.message}`;
      diagnostics.push(diagnostic('error', 'invalid-record', message, { file: 'places' }));
    }
    return ok.success;
  });
  return { places: valid, diagnostics };
}
