/**
 * <qyzmet-due-dates>: "applied today, ready by <date>" recomputed in the reader's today (Kazakhstan time).
 * The sentence comes from the page (`data-today-text`, the dictionary's entry with `{date}` to fill in) and the
 * date's language from `<html lang>`, so the script carries no words of its own.
 */
import { formatDay, kazakhstanDate, readyByDate } from '../lib/hours/due-date.ts';

class DueDates extends HTMLElement {
  connectedCallback(): void {
    const holidays = (this.dataset.holidays ?? '').split(' ').filter(Boolean);
    const template = this.dataset.todayText ?? '';
    const lang = document.documentElement.lang === 'ru' ? 'ru' : 'kk';
    const today = kazakhstanDate(new Date());
    for (const el of this.querySelectorAll<HTMLElement>('.due')) {
      const days = el.dataset.days;
      const value = Number(el.dataset.value);
      if (!template || (days !== 'working' && days !== 'calendar') || !(value > 0)) continue;
      const due = readyByDate(today, value, { days, issueDayAfterTerm: el.dataset.after === 'true' }, holidays);
      el.textContent = template.replace('{date}', formatDay(lang, due));
      el.dataset.due = due;
    }
    this.dataset.today = today;
  }
}

if (!customElements.get('qyzmet-due-dates')) customElements.define('qyzmet-due-dates', DueDates);
