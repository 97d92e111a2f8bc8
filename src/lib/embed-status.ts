/**
 * An act's status in an embed's language, said before any figure taken from it: a repealed act's
 * figures are never shown as current. The Kazakh words are those of the site's act pages.
 */
import { type Lang, ui } from '../i18n/index.ts';
import type { Act } from '../schemas/act.ts';
import { formatDate } from './format-date.ts';

export function embedActStatus(act: Pick<Act, 'status' | 'repealedBy'>, lang: Lang): string {
  const t = ui(lang);
  if (act.status === 'repealed') {
    const repealed = t['embed.status.repealed'];
    return act.repealedBy ? `${repealed} (${formatDate(act.repealedBy.date, lang)})` : repealed;
  }
  return act.status === 'unknown' ? t['embed.status.unknown'] : t['embed.status.inForce'];
}
