/** Russian plural forms: `ruCount(3, ['учреждение', 'учреждения', 'учреждений'])` -> `учреждения`. */
const rules = new Intl.PluralRules('ru');

export function ruCount(n: number, forms: readonly [one: string, few: string, many: string]): string {
  const rule = rules.select(n);
  if (rule === 'one') return forms[0];
  return rule === 'few' ? forms[1] : forms[2];
}
