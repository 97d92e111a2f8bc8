import { pluralRu } from './ru-plural.ts';

/** Russian plural forms: `ruCount(3, ['учреждение', 'учреждения', 'учреждений'])` -> `учреждения`. */
export function ruCount(n: number, forms: readonly [one: string, few: string, many: string]): string {
  return pluralRu(n, ...forms);
}
