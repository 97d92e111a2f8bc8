import { type Lang, ui } from '../../i18n/index.ts';
import type { UiKey } from '../../i18n/types.ts';
import type { OfficeKind } from '../../schemas/office.ts';
import { russianOfficeKind } from './russian.ts';

const kindKey: Record<OfficeKind, string> = {
  'employment-department': 'employmentDepartment',
  'regional-department': 'regionalDepartment',
  'public-service-centre': 'publicServiceCentre',
  'akim-office': 'akimOffice',
  'rural-akim': 'ruralAkim',
};

/**
 * An office kind's name in a language, singular and plural (for list headings). Russian prefers the
 * reviewed glossary (content/names/ru.json), where it is the name search also knows; the dictionary covers
 * a kind the glossary has not reached yet.
 */
export function officeKindName(kind: OfficeKind, lang: Lang): { one: string; many: string } {
  const reviewed = lang === 'ru' ? russianOfficeKind(kind) : null;
  if (reviewed) return { one: reviewed.one, many: reviewed.many };
  const t = ui(lang);
  const key = (n: 'one' | 'many') => `officeKind.${kindKey[kind]}.${n}` as UiKey;
  return { one: t[key('one')] as string, many: t[key('many')] as string };
}

/** Plain Kazakh names of office kinds, singular and plural (for list headings). */
export const officeKindLabel = Object.fromEntries(
  Object.keys(kindKey).map((kind) => [kind, officeKindName(kind as OfficeKind, 'kk')]),
) as Record<OfficeKind, { one: string; many: string }>;

export const officeKindOrder: readonly OfficeKind[] = [
  'employment-department',
  'public-service-centre',
  'regional-department',
  'akim-office',
  'rural-akim',
];

export function officeHref(o: { id: string }): string {
  return `/offices/${o.id}/`;
}
