import { z } from 'astro/zod';
import { officeKinds } from './office.ts';

/**
 * Everyday names (content/names/everyday.json): the short name a search result gives as the reason it matched
 * (`Еңбекшіқазақ ауданы · жұмыссыздарға анықтама`) and the words people type for a service, in Kazakh and in
 * Russian. The Russian forms of content/names/ru.json are searched too; these add the Kazakh side and the
 * short names. Never a service's name on its own pages.
 */
export const everydayServiceNameSchema = z.object({
  /** `services.json` id. */
  id: z.string().min(1),
  /** Short everyday name, lower case unless a proper name or an abbreviation starts it. */
  kk: z.string().min(1),
  ru: z.string().min(1),
  words: z.object({ kk: z.array(z.string().min(1)), ru: z.array(z.string().min(1)) }),
});

export const everydayOfficeKindSchema = z.object({
  kind: z.enum(officeKinds),
  /** What people call the office kind in Kazakh (`ХҚКО`, `ауыл әкімі`); the Russian ones are in ru.json. */
  kk: z.array(z.string().min(1)).min(1),
});

export const everydayNamesSchema = z.object({
  services: z.array(everydayServiceNameSchema),
  officeKinds: z.array(everydayOfficeKindSchema),
  review: z.string().min(1),
});

export type EverydayServiceName = z.infer<typeof everydayServiceNameSchema>;
export type EverydayNames = z.infer<typeof everydayNamesSchema>;
