/**
 * Kazakh sorting and formatting, done at build time: Node's ICU knows `kk`, Chromium's does not, so
 * nothing Kazakh is sorted or formatted in the browser.
 */
import type { Lang } from '../i18n/index.ts';
import { formatDateRu } from './hours/russian-date.ts';

const collator = new Intl.Collator('kk', { sensitivity: 'base', numeric: true });

export function compareKk(a: string, b: string): number {
  return collator.compare(a, b);
}

export function sortByKk<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareKk(key(a), key(b)));
}

const dateFormat = new Intl.DateTimeFormat('kk', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** `2012-11-05` -> `2012 ж. 5 қараша`. */
export function formatDateKk(iso: string): string {
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

/** A date in the page's language: `2012 ж. 5 қараша` or `5 ноября 2012 г.`. */
export function formatDate(lang: Lang, iso: string): string {
  return lang === 'ru' ? formatDateRu(iso) : formatDateKk(iso);
}

const numberFormat = new Intl.NumberFormat('kk');

/** Kazakh plural-free count phrase: `12 мекеме`. */
export function count(n: number, noun: string): string {
  return `${numberFormat.format(n)} ${noun}`;
}
