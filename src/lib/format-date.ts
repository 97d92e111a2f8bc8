/**
 * A day in the page's language, formatted at build time: `2012 ж. 5 қараша` or `5 ноября 2012 г.`.
 * Days are calendar days (ISO `YYYY-MM-DD`), read in UTC so the build machine's zone never shifts them.
 */
import type { Lang } from '../i18n/index.ts';
import { formatDateKk } from './kazakh.ts';

const russian = new Intl.DateTimeFormat('ru', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

export function formatDate(iso: string, lang: Lang): string {
  return lang === 'kk' ? formatDateKk(iso) : russian.format(new Date(`${iso}T00:00:00Z`));
}
