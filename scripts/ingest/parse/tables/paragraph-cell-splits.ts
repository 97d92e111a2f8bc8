/**
 * Splits of one column's text into the cells the record wants: the phone list from e-mails and sites,
 * the cabinet from the address, a schedule from the text it was written after, the district from a name.
 */
import { squash } from '../../../../src/lib/text/squash.ts';
import { CABINET, CONTACT_MARK, DISTRICT_IN_NAME, PHONE_START, PHONE_TOKEN } from './paragraph-dictionary.ts';

/**
 * Whether a paragraph belongs to the phone / e-mail column: it starts with a phone, is only phone digits
 * (`31-92-81`), or holds an e-mail or site, even one wrapped or letter-spaced (`rjrshetau.online.kz,`).
 */
export function looksLikeContacts(text: string): boolean {
  return PHONE_START.test(text) || text.split(' ').every((t) => PHONE_TOKEN.test(t)) || CONTACT_MARK.test(squash(text));
}

/** Trailing commas and spaces the column wrap leaves (`Қордай ауылы,`); the text itself stays as written. */
export function tidy(text: string | undefined): string | undefined {
  const out = text?.replace(/[\s,;]+$/u, '').trim();
  return out ? out : undefined;
}

/**
 * `8-7262-345124, 342879 sobes-taraz@mail.ru` -> phones `8-7262-345124, 342879`, contacts the rest.
 * Letter-spaced numbers (`8-72637-21971, 2 2 3 3 8`) stay in the phones: every token is digits.
 */
export function splitPhonesAndContacts(text: string | undefined): { phones?: string; contacts?: string } {
  if (!text) return {};
  const tokens = text.split(' ');
  let n = 0;
  while (n < tokens.length && PHONE_TOKEN.test(tokens[n] ?? '')) n += 1;
  const phones = tidy(tokens.slice(0, n).join(' '));
  const contacts = tidy(tokens.slice(n).join(' '));
  return { ...(phones ? { phones } : {}), ...(contacts ? { contacts } : {}) };
}

/** Cuts `text` where `marker` starts: `Сейдалина Қосайкүл Сатыбалдықызы Жұмыс және қабылдау кестесі: ...`. */
export function splitAt(text: string | undefined, marker: RegExp): { before?: string; from?: string } {
  if (!text) return {};
  const m = marker.exec(text);
  const before = tidy(m ? text.slice(0, m.index) : text);
  const from = m ? tidy(text.slice(m.index)) : undefined;
  return { ...(before ? { before } : {}), ...(from ? { from } : {}) };
}

/** `Тараз қаласы, Достоевский көшесі, 14 кабинет N 201` -> address `... 14`, cabinet `201`. */
export function splitCabinet(text: string | undefined): { address?: string; cabinet?: string } {
  if (!text) return {};
  const m = CABINET.exec(text);
  const cabinet = m?.groups?.cabinet;
  const address = tidy(m && cabinet ? text.slice(0, m.index) : text);
  return { ...(address ? { address } : {}), ...(cabinet ? { cabinet } : {}) };
}

/** `"Байзақ ауданының әкімиятының ...` -> `Байзақ ауданы`; `Тараз қаласы әкімияты` -> `Тараз қаласы`. */
export function districtFromName(name: string): string | null {
  const m = DISTRICT_IN_NAME.exec(name);
  return m?.groups ? `${m.groups.place} ${m.groups.kind}` : null;
}
