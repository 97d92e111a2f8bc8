/**
 * A dictionary's count message as templates a browser script can fill (`{q}`, `{n}`), one per plural
 * category of the language: the script gets a few strings, not the dictionary and its functions.
 */
export type CountMessage = (query: string, n: number) => string;

export type PluralTemplates = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * `{ one: 'По запросу «{q}» показан {n} результат', few: …, many: …, other: … }` for Russian, `{ other: … }`
 * for Kazakh. Results are whole numbers, and every category a whole number falls in shows up by 100;
 * `other` (fractions in Russian) is the many-form, the script's fallback.
 */
export function pluralTemplates(message: CountMessage, lang: string): PluralTemplates {
  const rules = new Intl.PluralRules(lang);
  const found: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  for (let n = 0; n <= 100; n++) found[rules.select(n)] ??= message('{q}', n).replace(String(n), '{n}');
  return { ...found, other: found.other ?? found.many ?? message('{q}', 5).replace('5', '{n}') };
}
