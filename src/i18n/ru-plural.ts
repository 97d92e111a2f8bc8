const rules = new Intl.PluralRules('ru');

/** The Russian noun form for a count: `pluralRu(3, 'документ', 'документа', 'документов')` -> `документа`. */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  const rule = rules.select(n);
  return rule === 'one' ? one : rule === 'few' ? few : many;
}
