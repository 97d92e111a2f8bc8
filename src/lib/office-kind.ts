import type { OfficeKind } from '../schemas/office.ts';

/** Plain Kazakh names of office kinds, singular and plural (for list headings). */
export const officeKindLabel: Record<OfficeKind, { one: string; many: string }> = {
  'employment-department': {
    one: 'Жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
    many: 'Жұмыспен қамту және әлеуметтік бағдарламалар бөлімдері',
  },
  'regional-department': { one: 'Облыстық басқарма', many: 'Облыстық басқармалар' },
  'public-service-centre': { one: 'Халыққа қызмет көрсету орталығы', many: 'Халыққа қызмет көрсету орталықтары' },
  'akim-office': { one: 'Әкім аппараты', many: 'Әкімдер аппараттары' },
  'rural-akim': { one: 'Ауыл, кент, ауылдық округ әкімі', many: 'Ауыл, кент, ауылдық округ әкімдері' },
};

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
