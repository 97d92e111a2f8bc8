/**
 * The reviewed vocabularies of content/, parsed once through their schemas: life situations, everyday
 * service names and today's geography. Build-time and browser-free (the answer index carries what the
 * browser needs).
 */
import everydayRaw from '../../../content/names/everyday.json' with { type: 'json' };
import todayRaw from '../../../content/names/today.json' with { type: 'json' };
import situationsRaw from '../../../content/situations/situations.json' with { type: 'json' };
import { type EverydayNames, everydayNamesSchema } from '../../schemas/everyday-names.ts';
import { type GeographyChange, geographyChangesSchema } from '../../schemas/geography-change.ts';
import { type Situation, situationsFileSchema } from '../../schemas/situation.ts';

export const situations: readonly Situation[] = situationsFileSchema.parse(situationsRaw).situations;
export const everydayNames: EverydayNames = everydayNamesSchema.parse(everydayRaw);
export const geographyChanges: readonly GeographyChange[] = geographyChangesSchema.parse(todayRaw).changes;

/** Where a situation's page lives, in the page's language (`/situations/job-loss/`, `/ru/situations/job-loss/`). */
export function situationHref(id: string): string {
  return `/situations/${id}/`;
}

/**
 * Today's geography of a place (places.json id): the changes that name it or a place above it (a village in
 * a district that moved to Жетісу облысы), nearest first. For "today: ..." beside the acts' name.
 */
export function changesOf(placeId: string, parentOf: (id: string) => string | null): GeographyChange[] {
  const out: GeographyChange[] = [];
  const seen = new Set<string>();
  for (let id: string | null = placeId; id && !seen.has(id); id = parentOf(id)) {
    seen.add(id);
    for (const c of geographyChanges) if (c.places.includes(id) && !out.includes(c)) out.push(c);
  }
  return out;
}
