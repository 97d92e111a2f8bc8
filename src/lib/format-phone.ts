import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { type Lang, ui } from '../i18n/index.ts';
import type { Phone } from '../schemas/office.ts';
import { safeHref } from './safe-href.ts';

const shownPhones = new Map<string, string>();

/**
 * How a phone is shown: the national format when the number is known (`8 (7163) 82 10 48`), else as
 * written. Spaces and hyphens are non-breaking so a number never wraps across lines on a narrow phone screen.
 */
export function displayPhone(phone: Pick<Phone, 'number' | 'raw'>): string {
  const key = `${phone.number ?? ''}|${phone.raw}`;
  // An office's numbers show on its page, its district's, its services' and both languages: format once.
  const known = shownPhones.get(key);
  if (known !== undefined) return known;
  const text = phone.number ? (parsePhoneNumberFromString(phone.number)?.formatNational() ?? phone.raw) : phone.raw;
  const shown = text.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
  shownPhones.set(key, shown);
  return shown;
}

/** `tel:` link target, or null when the digits are incomplete (never dial a guessed number). */
export function telHref(phone: Pick<Phone, 'number'>): string | null {
  return phone.number ? safeHref(`tel:${phone.number}`) : null;
}

/** What a number is (`Телефон`, `Факс`, `Телефон/факс`) in the page's language. */
export function phoneTypeName(type: Phone['type'], lang: Lang): string {
  const t = ui(lang);
  return { phone: t['phone.phone'], fax: t['phone.fax'], 'phone-fax': t['phone.phoneFax'] }[type];
}

export const phoneTypeLabel: Record<Phone['type'], string> = {
  phone: phoneTypeName('phone', 'kk'),
  fax: phoneTypeName('fax', 'kk'),
  'phone-fax': phoneTypeName('phone-fax', 'kk'),
};
