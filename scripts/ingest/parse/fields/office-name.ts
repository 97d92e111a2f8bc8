/**
 * The name people call an office by, from the name the act writes: 002 wraps names in the legal form
 * (`"Абай ауданы әкімінің аппараты" мемлекеттік мекемесі`), 003 abbreviates it (`"... бөлімі" ММ`,
 * `... мемлекеттік мекемесі (әрі қарай ММ)`), the Almaty centres put it inside (`Ақсу аудандық филиалы РММ
 * "Алматы облысының ..."`), and line breaks leave stray marks (`Жамбыл ауданының/ жұмыспен`, `Ақсу -Аюлы`).
 * The name as written stays in `legalName`.
 */
import { tidy } from './field-text.ts';

/** Legal-form words, wherever they stand: spelled out, or as the abbreviations РММ/ММ/КММ/ММ (Latin M too). */
const LEGAL_FORMS: readonly RegExp[] = [
  /\(\s*әрі\s+қарай\s+[РК]?ММ\s*\)/giu,
  /(?<!\p{L})мемлекеттік\s+мекемесі(?!\p{L})/giu,
  /(?<!\p{L})[РК]?[МM][МM](?!\p{L})/gu,
];

const QUOTES = /["«»“”„]/gu;

export function displayName(written: string): string {
  let name = written;
  for (const form of LEGAL_FORMS) name = name.replace(form, ' ');
  return tidy(
    name
      .replace(QUOTES, ' ')
      // `ауданының/ жұмыспен` (003): a slash left between words by the line break.
      .replace(/(\p{L})\s*\/\s+(?=\p{L})/gu, '$1 ')
      // `Ақсу -Аюлы` (002): a hyphenated name broken before the hyphen.
      .replace(/(\p{L})\s+-(?=\p{L})/gu, '$1-')
      .replace(/\s+/gu, ' ')
      .replace(/^[\s,.;:/-]+|[\s,;:/-]+$/gu, ''),
  );
}
