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
