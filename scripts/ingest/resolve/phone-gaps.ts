/**
 * Why a phone number has no E.164 form, for the ingest report: every such number gets exactly one of
 * these reasons (issue 13). Numbers with a written code are re-read alone to tell which rule refused them.
 */
import { parsePhones } from '../parse/fields/parse-phones.ts';

export const PHONE_GAPS = [
  /** Written without a code and the data shows no code of the right length for its town. */
  'no-code-in-data',
  /** Written without a code and several codes of the right length are seen in its town. */
  'ambiguous-code',
  /** Written without a code; the row's own code needs a different number of digits (`211535` after `72633`). */
  'own-code-does-not-fit',
  /** Code and digits do not make ten digits (`872776 977545`, `8722 603640`). */
  'digit-count',
  /** The bracketed code is not a Kazakh one (`(710412) 20010`). */
  'invalid-area-code',
  /** Ten digits that libphonenumber does not accept as a Kazakh number. */
  'invalid-number',
] as const;
export type PhoneGap = (typeof PHONE_GAPS)[number];

const BY_DIAGNOSTIC: Record<string, PhoneGap> = {
  'phone-area-code': 'invalid-area-code',
  'phone-digits': 'digit-count',
  'phone-invalid': 'invalid-number',
  'phone-no-area-code': 'no-code-in-data',
};

export function phoneGapOf(raw: string): { reason: PhoneGap; detail: string } {
  const parsed = parsePhones(raw, { file: 'phone', line: 1 });
  const found = parsed.diagnostics.find((d) => BY_DIAGNOSTIC[d.code]);
  const reason = (found && BY_DIAGNOSTIC[found.code]) ?? 'digit-count';
  return { reason, detail: found ? `(${found.message})` : `has ${raw.replace(/\D/gu, '').length} digits` };
}
