import { z } from 'astro/zod';

/**
 * A life situation (content/situations/situations.json): what a person says ("потерял работу", "жұмыстан
 * шықтым"), not a service's legal name. It leads to the services of the acts that answer it; its words are
 * searched, never shown as a service's name. Reviewed by the site, not taken from the acts.
 */
export const situationSchema = z.object({
  /** Stable Latin id: the page is `/situations/<id>/` (`/ru/situations/<id>/`). */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The situation's name in Kazakh and in Russian, as a heading says it. */
  kk: z.string().min(1),
  ru: z.string().min(1),
  /** `services.json` ids, in the order a page lists them (the most asked first). */
  services: z.array(z.string().min(1)).min(1),
  /** The words people use for it, each language apart; searched with the site's folding. */
  words: z.object({ kk: z.array(z.string().min(1)).min(1), ru: z.array(z.string().min(1)).min(1) }),
  /** Why these services: which names or clauses the choice was read from. */
  review: z.string().min(1),
});

export const situationsFileSchema = z.object({ situations: z.array(situationSchema).min(1) });

export type Situation = z.infer<typeof situationSchema>;
