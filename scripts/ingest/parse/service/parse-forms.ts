import type { ServiceVersion } from '../../../../src/schemas/service.ts';
import type { AppendixSegment } from '../../types.ts';
import { displayText, matchText } from './match-text.ts';
import { FORM_BLANKS } from './service-dictionary.ts';

type FormTemplate = ServiceVersion['forms'][number];

/** Titles of templates without blanks to fill (001 appendix 6: `Қолхат`, a list of fields). */
const FORM_TITLE = /^(қолхат|түбіртек|анықтама)$|түбіртек|талоны|бланкі/u;

/**
 * A form template appendix: a receipt, a notice letter, a referral (001 appendices 2 and 3:
 * `Тұтынушыға берілетін түбіртек` / `Құрметті ____________ (тұтынушының аты-жөні), ...`). Recognised by
 * its blanks to fill or by its title; office tables have neither.
 */
export function isFormAppendix(appendix: AppendixSegment): boolean {
  if (FORM_TITLE.test(matchText(appendix.title))) return true;
  return [appendix.title, ...appendix.lines.map((l) => l.text)].some((t) => FORM_BLANKS.test(t));
}

/** The template as text, line by line, letter-spacing rejoined, blank lines dropped. */
export function parseFormTemplate(appendix: AppendixSegment): FormTemplate {
  const lines = appendix.lines.map((l) => displayText(l.text.trim())).filter(Boolean);
  const title = displayText(appendix.title.trim()) || `${appendix.number}-қосымша`;
  return {
    title,
    text: lines.join('\n') || title,
    appendix: appendix.number,
    sources: [{ file: appendix.file, line: appendix.span.line }],
  };
}
