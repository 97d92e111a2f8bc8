/**
 * A flag on the authors' error told in the page's language from its code: the record's `message` is a
 * developer's English note for the open data and the ingest report, and is never shown on a page.
 */
import { type Lang, ui } from '../../i18n/index.ts';
import type { UiKey } from '../../i18n/types.ts';

const byCode: Record<string, UiKey> = {
  'act-head-missing': 'flag.actHeadMissing',
  'amendment-note-repeated': 'flag.amendmentNoteRepeated',
  'contradictory-form': 'flag.contradictoryForm',
  'wrong-standard-cited': 'flag.wrongStandardCited',
  'procedure-limits-by-order': 'flag.procedureLimitsByOrder',
  'duplicate-clause-number': 'flag.duplicateClauseNumber',
  'clause-number-gap': 'flag.clauseNumberGap',
  'email-malformed': 'flag.emailMalformed',
  'website-malformed': 'flag.websiteMalformed',
  'listed-twice': 'flag.listedTwice',
  'phone-digits': 'flag.phoneDigits',
  'phone-area-code': 'flag.phoneAreaCode',
  'postcode-malformed': 'flag.postcodeMalformed',
};

export function flagText(code: string, lang: Lang): string {
  const text = ui(lang)[byCode[code] ?? 'flag.other'];
  return typeof text === 'string' ? text : ui(lang)['flag.other'];
}
