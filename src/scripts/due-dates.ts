/** <qyzmet-due-dates>: "applied today, ready by <date>" recomputed in the reader's today (Kazakhstan time). */
import { type DatedUnit, dueDate, formatDayKk, isDatedUnit, kazakhstanDate } from '../lib/due-date.ts';

class DueDates extends HTMLElement {
  connectedCallback(): void {
    const holidays = (this.dataset.holidays ?? '').split(' ').filter(Boolean);
    const today = kazakhstanDate(new Date());
    for (const el of this.querySelectorAll<HTMLElement>('.due')) {
      const unit = el.dataset.unit ?? '';
      const value = Number(el.dataset.value);
      if (!isDatedUnit(unit) || !(value > 0)) continue;
      const due = dueDate(today, value, unit as DatedUnit, holidays);
      el.textContent = `Бүгін өтініш берсеңіз, ${formatDayKk(due)} дейін`;
      el.dataset.due = due;
    }
    this.dataset.today = today;
  }
}

if (!customElements.get('qyzmet-due-dates')) customElements.define('qyzmet-due-dates', DueDates);
