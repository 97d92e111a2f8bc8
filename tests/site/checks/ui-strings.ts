/**
 * The fixed text of each language's UI dictionary (src/i18n), as it can appear on a page: string values as
 * they are, and the fixed parts of the functions (called with a marker for every argument, the parts between
 * markers kept). Used to find a UI string of one language on a page of the other.
 */
import { kk } from '../../../src/i18n/kk.ts';
import { ru } from '../../../src/i18n/ru.ts';
import type { UiDictionary } from '../../../src/i18n/types.ts';

const MARKER = '\u0001';

/** Shorter fragments (`км`, `—`, `и`) would match inside ordinary text by chance. */
const MIN_LETTERS = 4;

function fixedParts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'function') return [];
  try {
    const out: unknown = value(...Array.from({ length: Math.max(value.length, 1) }, () => MARKER));
    return typeof out === 'string' ? out.split(MARKER) : [];
  } catch {
    // A function that needs a real date or number has no fixed part that can be read this way.
    return [];
  }
}

/** The switch names the other language in that language (`Русский` on Kazakh pages): it is marked `lang` itself. */
const OWN_LANGUAGE_KEYS = new Set(['lang.other']);

function texts(dictionary: UiDictionary): Set<string> {
  const out = new Set<string>();
  for (const [key, value] of Object.entries(dictionary)) {
    if (OWN_LANGUAGE_KEYS.has(key)) continue;
    for (const part of fixedParts(value)) {
      const text = part.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
      if ((text.match(/\p{L}/gu) ?? []).length >= MIN_LETTERS) out.add(text);
    }
  }
  return out;
}

const kkTexts = texts(kk);
const ruTexts = texts(ru);

/** Kazakh UI text that the Russian dictionary does not also use (so it must not appear on a Russian page). */
export const kazakhOnlyUi: readonly string[] = [...kkTexts].filter((t) => !ruTexts.has(t));
/** Russian UI text that the Kazakh dictionary does not also use. */
export const russianOnlyUi: readonly string[] = [...ruTexts].filter((t) => !kkTexts.has(t));

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first of `candidates` that `text` contains as whole words, or null. */
export function findUiString(text: string, candidates: readonly string[]): string | null {
  for (const candidate of candidates) {
    if (!text.includes(candidate)) continue;
    if (new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(candidate)}(?![\\p{L}\\p{N}])`, 'u').test(text)) return candidate;
  }
  return null;
}
