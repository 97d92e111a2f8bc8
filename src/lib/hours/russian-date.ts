/** Russian dates through `Intl` (Node and Chromium both have `ru`): `2012-11-05` -> `5 ноября 2012 г.`. */
const format = new Intl.DateTimeFormat('ru', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

export function formatDateRu(iso: string): string {
  return format.format(new Date(`${iso}T00:00:00Z`));
}
