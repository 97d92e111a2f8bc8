import { slugify } from '../../../src/lib/slug.ts';
import type { Office, Phone } from '../../../src/schemas/office.ts';
import type { Flag } from '../../../src/schemas/source.ts';
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic, RawOfficeRow, TableContext } from '../types.ts';
import { tidy } from './fields/field-text.ts';
import { findFieldLeaks } from './fields/find-field-leaks.ts';
import { displayName } from './fields/office-name.ts';
import { parseAddress } from './fields/parse-address.ts';
import { parseContacts } from './fields/parse-contacts.ts';
import { type PhoneParse, parsePhones } from './fields/parse-phones.ts';
import { parseReceptionSchedule } from './fields/parse-reception-schedule.ts';
import { parseWorkingHours } from './fields/parse-working-hours.ts';
import { splitPhones, splitSchedule } from './fields/split-cell.ts';

export interface OfficeContext extends TableContext {
  /** `versionId/appendixNumber`. */
  appendixId: string;
  /** 1-based index of the row among the appendix's records (stable id part). */
  index: number;
}

/** Diagnostics that are the act authors' own errors: the record keeps the text and carries a flag. */
const AUTHOR_ERRORS = new Set([
  'phone-digits',
  'phone-area-code',
  'email-malformed',
  'website-malformed',
  'postcode-malformed',
  'contact-lookalike',
]);

function optional(text: string | undefined): string | null {
  const t = tidy(text ?? '');
  return t.length > 0 ? t : null;
}

/**
 * Turns the raw cells of a row into a typed office record: phones, e-mails, hours, receptions.
 * Hours are null when the row has none: the service version's general schedule applies (`from:
 * 'standard'`), which the caller knows and this builder does not; a `hours-missing` info says so.
 */
/** Words that label contacts (`e-mail:`, `веб-сайты`, `электрондық пошта`): nothing is lost dropping them. */
const CONTACT_LABELS =
  /(?:e-?mail|эл(?:ектрондық|\.)?\s*пошта(?:ның|сы)?(?:\s+мекен-?жайы)?|веб-?сайт(?:ы)?|сайт(?:ы)?|факс|тел\.?|телефон(?:дар)?(?:ы)?)\s*:?|[,;:.\s()-]+/giu;

const MARKUP_OR_SCRIPT = /[<>=]|[a-z]*script\s*:/iu;

export function buildOfficeRecord(
  row: RawOfficeRow,
  ctx: OfficeContext,
): { office: Office; diagnostics: Diagnostic[] } {
  const at = { file: row.span.file, line: row.span.line };
  const cells = row.cells;
  const diagnostics: Diagnostic[] = [];
  const take = <T extends { diagnostics: Diagnostic[] }>(result: T): T => {
    diagnostics.push(...result.diagnostics);
    return result;
  };

  // 1. Schedules written into the address or head cell (003, 004) move to hours.
  const addressCell = splitSchedule(cells.address ?? '');
  const headCell = splitSchedule(cells.head ?? '');
  // 2. E-mails and websites wherever they are written: contacts cell, end of the address, phone cells.
  const contactCell = take(parseContacts(cells.contacts ?? '', at));
  const inAddress = take(parseContacts(addressCell.own, at));
  const inPhones = take(parseContacts(cells.phones ?? '', at));
  const inExtra = take(parseContacts(cells.extraPhones ?? '', at));
  // 3. Phones: under the address (002), the phone cell, the second phone column; a code carries over.
  const address = splitPhones(inAddress.rest);
  const phoneTexts: { text: string; note: string | null }[] = [
    { text: address.moved ?? '', note: null },
    { text: inPhones.rest, note: null },
    { text: contactCell.rest, note: null },
    { text: inExtra.rest, note: cells.extraPhonesNote ?? null },
  ];
  // What is left of a contacts cell after its e-mails and websites goes to the phone parser when it has
  // digits (`… қабылдау бөлмесі` becomes a phone's note); words with no digit, markup or a script URL are
  // not published: say so (a `JaVaScRiPt:` prefix or `"><svg onload…>` once went silently).
  for (const cell of [contactCell, inPhones, inExtra]) {
    const left = cell.rest.replace(CONTACT_LABELS, ' ').trim();
    if ((/\p{L}/u.test(left) && !/\d/u.test(left)) || MARKUP_OR_SCRIPT.test(cell.rest)) {
      const message = `«${cell.rest.trim().slice(0, 80)}», left in a contacts cell after its e-mails and websites, is not published`;
      diagnostics.push(diagnostic('warning', 'contact-text-dropped', message, at));
    }
  }
  const phones: Phone[] = [];
  let areaCode: string | null = null;
  for (const { text, note } of phoneTexts) {
    if (!/\d/u.test(text)) continue;
    const parsed: PhoneParse = take(parsePhones(text, at, areaCode));
    areaCode = parsed.areaCode;
    for (const p of parsed.phones) phones.push({ ...p, note: [note, p.note].filter(Boolean).join('; ') || null });
  }
  // 4. Postcode, settlement and district from what is left of the address.
  const place = take(parseAddress(address.own, at));
  // 5. Working hours: the hours cell, else a schedule found in the address or head cell.
  const hoursText = optional(cells.hours) ?? addressCell.moved ?? headCell.moved;
  const hours = hoursText ? take(parseWorkingHours(hoursText, at)).hours : null;
  if (!hours) diagnostics.push(diagnostic('info', 'hours-missing', `row ${row.rowNumber ?? '?'} has no schedule`, at));
  const receptions = cells.receptions ? take(parseReceptionSchedule(cells.receptions, at)).receptions : [];

  const sources = [at];
  const flags: Flag[] = diagnostics
    .filter((d) => AUTHOR_ERRORS.has(d.code))
    .map((d) => ({ code: d.code, message: d.message, sources }));
  const office: Office = {
    id: slugify(`${ctx.versionId}-a${ctx.appendix.number}-r${ctx.index}`),
    kind: row.kind,
    name: displayName(cells.name) || tidy(cells.name),
    legalName: tidy(cells.name),
    region: row.region,
    district: row.district ?? place.district,
    settlement: place.settlement,
    postcode: place.postcode,
    address: place.address,
    phones,
    emails: [...new Set([...contactCell.emails, ...inAddress.emails, ...inPhones.emails, ...inExtra.emails])],
    websites: [...new Set([...contactCell.websites, ...inAddress.websites, ...inPhones.websites, ...inExtra.websites])],
    unlinkedContacts: [contactCell, inAddress, inPhones, inExtra].flatMap((c) => c.malformed),
    hours: hours ? { ...hours, from: hoursText === optional(cells.hours) ? row.hoursFrom : 'row' } : null,
    receptions,
    head: optional(headCell.own),
    cabinet: optional(cells.cabinet),
    unit: optional(cells.unit),
    location: null,
    flags,
    sources: [{ ...at, act: ctx.actId, appendix: ctx.appendixId }],
  };
  for (const leak of findFieldLeaks(office)) {
    diagnostics.push(diagnostic('warning', 'field-leak', `${office.id}: ${leak}`, at));
  }
  return { office, diagnostics };
}
