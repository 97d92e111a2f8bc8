/** An act's status in one line, said before any figure taken from it (pages and embeds alike). */
import type { Act } from '../schemas/act.ts';
import { formatDateKk } from './kazakh.ts';

export function actStatusText(act: Act): string {
  if (act.status === 'repealed') {
    return act.repealedBy ? `күшін жойған (${formatDateKk(act.repealedBy.date)})` : 'күшін жойған';
  }
  return act.status === 'unknown' ? 'мәртебесі белгісіз' : 'күшінде';
}

/** `2008` from the act's date: the year people tell acts apart by. */
export function actYear(act: Act): string {
  return act.date.slice(0, 4);
}
