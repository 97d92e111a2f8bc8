/**
 * E-mails and websites out of any cell (a contacts cell, or glued to the end of an address:
 * `… көшесi, 81 akkol_ozsp@mail.ru`). Addresses broken by the typesetting are re-glued first; what is
 * still not an address afterwards is kept as written in `malformed` for a flag, never "fixed".
 */
import { diagnostic } from '../../diagnostics.ts';
import { repairContactsWithNotes } from '../../normalise/repair-contacts.ts';
import type { Diagnostic } from '../../types.ts';
import { CYRILLIC_TO_LATIN } from './field-dictionary.ts';
import { rejoinSpaced, tidy } from './field-text.ts';

export interface ContactParse {
  emails: string[];
  websites: string[];
  /** The cell without its contacts, tidied. */
  rest: string;
  /** Contacts as written that are not valid addresses (`Atb_rotz isn@kokshetau.online/kz`). */
  malformed: string[];
  diagnostics: Diagnostic[];
}

const LATIN = 'A-Za-z0-9';
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/u;
const WEBSITE_SHAPE = /^[^\s@]+\.[a-z]{2,}(\/\S*)?$/u;
const EMAIL = /[^\s,;@«»"()]+@[^\s,;@«»"()]+/gu;
const WEBSITE = new RegExp(
  String.raw`(?<![\p{L}\p{N}@._/-])(?:https?:\/\/)?(?:www\.)?[${LATIN}_-]*[A-Za-z][${LATIN}_-]*(?:\.[${LATIN}_-]+)*\.[A-Za-z]{2,}(?![\p{L}\p{N}@])(?:\/[^\s,;]*)?`,
  'gu',
);

/**
 * Re-glues what line wrapping and typing split inside contacts with the normaliser's `repairContacts`
 * (`kokshetau. online.kz`, `utzszn_baizak@\ntopmail.kz`, `online.kzwww.akmol.kz`, `www karaganda-akimat.kz`),
 * after rejoining letter-spaced runs (`A s t r _ s o c z @`, 004). Each repair is reported.
 */
function reglue(text: string, note: (code: string, message: string) => void): string {
  // `TRS2008\n@ topmail.kz` (003): gaps on both sides of the @, which repairContacts leaves half-glued.
  const atGlued = rejoinSpaced(text).replace(new RegExp(String.raw`([${LATIN}_.-])\s*@\s*([${LATIN}])`, 'gu'), '$1@$2');
  const repaired = repairContactsWithNotes(atGlued.replace(/\s*\n\s*/gu, ' '));
  for (const n of repaired.notes) note(n.code, n.message);
  // `Батыржана, 28.koksu-akimat.kz` (001): a house number glued to a website (repairContacts keeps it glued).
  return repaired.text.replace(/(\d)\.(?=[a-z][a-z0-9-]*\.[a-z]{2,}(?![\p{L}\p{N}]))/gu, '$1. ');
}

/** `аkimat07@mail.ru` (002) has a Cyrillic `а`: fold look-alike letters, say so. */
function latinise(email: string, note: (code: string, message: string) => void): string {
  if (!/[\u0400-\u04ff]/u.test(email)) return email;
  const folded = [...email].map((ch) => CYRILLIC_TO_LATIN[ch] ?? ch).join('');
  note('email-cyrillic-letter', `Cyrillic letters in e-mail «${email}» folded to Latin`);
  return folded;
}

export function parseContacts(text: string, at: { file: string; line: number }): ContactParse {
  const diagnostics: Diagnostic[] = [];
  const note = (code: string, message: string) => diagnostics.push(diagnostic('info', code, message, at));
  const emails: string[] = [];
  const websites: string[] = [];
  const malformed: string[] = [];
  const reglued = reglue(text, note);

  let rest = reglued.replace(EMAIL, (m) => {
    const email = latinise(m.replace(/[.,;:]+$/u, ''), note).toLowerCase();
    if (EMAIL_SHAPE.test(email)) emails.push(email);
    else {
      malformed.push(m);
      diagnostics.push(diagnostic('warning', 'email-malformed', `«${m}» is not a valid e-mail address`, at));
    }
    return ' ';
  });
  rest = rest.replace(WEBSITE, (m) => {
    const site = m
      .replace(/^https?:\/\//iu, '')
      .replace(/[/.,]+$/u, '')
      .toLowerCase();
    // `ro_esil.sko.kz` (000): an underscore cannot stand in a host name.
    if (WEBSITE_SHAPE.test(site) && !/_/u.test(site.split('/')[0] ?? '')) websites.push(site);
    else {
      malformed.push(m);
      diagnostics.push(diagnostic('warning', 'website-malformed', `«${m}» is not a valid host name`, at));
    }
    return ' ';
  });
  return { emails: unique(emails), websites: unique(websites), rest: tidy(rest), malformed, diagnostics };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
