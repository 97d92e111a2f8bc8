/**
 * A name in a page's `<title>`: a title cannot mark part of itself Kazakh, so a Russian page uses the
 * reviewed Russian name where one exists and the name as written otherwise.
 */
import type { Lang } from '../../i18n/index.ts';

export function titleName(lang: Lang, name: string, russian: { ru: string } | null | undefined): string {
  return lang === 'ru' && russian ? russian.ru : name;
}
