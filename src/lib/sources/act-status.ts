/** An act's status in one line, said before any figure taken from it (pages and embeds alike). */
import { type Lang, ui } from '../../i18n/index.ts';
import type { Act } from '../../schemas/act.ts';
import { formatDate } from '../kazakh.ts';

export function actStatusText(act: Pick<Act, 'status' | 'repealedBy'>, lang: Lang = 'kk'): string {
  const t = ui(lang);
  if (act.status === 'repealed') {
    return act.repealedBy
      ? t['act.status.repealedOn'](formatDate(lang, act.repealedBy.date))
      : t['act.status.repealed'];
  }
  return act.status === 'unknown' ? t['act.status.unknown'] : t['act.status.inForce'];
}

/** `2008` from the act's date: the year people tell acts apart by. */
export function actYear(act: Act): string {
  return act.date.slice(0, 4);
}
