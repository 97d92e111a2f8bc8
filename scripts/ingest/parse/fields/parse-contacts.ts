/**
 * E-mails and websites out of any cell (a contacts cell, or glued to the end of an address:
 * `… көшесi, 81 akkol_ozsp@mail.ru`). Addresses broken by the typesetting are re-glued first; what is
 * still not an address afterwards is kept as written in `malformed` for a flag, never "fixed".
 */
import { CONTACT_TLDS, EMAIL_PATTERN, WEBSITE_PATTERN } from '../../../../src/schemas/contact-address.ts';
import type { UnlinkedContact } from '../../../../src/schemas/office.ts';
import { diagnostic } from '../../diagnostics.ts';
import { repairContactsWithNotes } from '../../normalise/repair-contacts.ts';
import { LOOKALIKE_PREFIX, lookalikeProblem } from '../../resolve/contact-lookalikes.ts';
import type { Diagnostic } from '../../types.ts';
import { CYRILLIC_TO_LATIN } from './field-dictionary.ts';
import { rejoinSpaced, tidy } from './field-text.ts';

export interface ContactParse {
  emails: string[];
  websites: string[];
  /** The cell without its contacts, tidied. */
  rest: string;
  /** Contacts as written that are not valid addresses (`Atb_rotz isn@kokshetau.online/kz`): never linked. */
  malformed: UnlinkedContact[];
  diagnostics: Diagnostic[];
}

const LATIN = 'A-Za-z0-9';
// `kence.dsz@pav odar.gov.kz` (000): a host without a dot and the rest after a space is one address as written.
const EMAIL = /[^\s,;@«»"()]+@(?:[^\s,;@«»"().]+[ \t]+[a-z0-9-]+(?:\.[a-z0-9-]+)+|[^\s,;@«»"()]+)/gu;
const WEBSITE = new RegExp(
  String.raw`(?<![\p{L}\p{N}@._/-])(?:https?:\/\/)?(?:www\.)?[${LATIN}_-]*[A-Za-z][${LATIN}_-]*(?:\.[\p{L}\p{N}_-]+)*\.[A-Za-z]{2,}(?![\p{L}\p{N}@])(?:\/[^\s,;]*)?`,
  'gu',
);

/** A gap before or after an @ (compiled once: every address and contacts cell comes through `reglue`). */
const SPACED_AT = new RegExp(String.raw`([${LATIN}_.-])\s*@\s*([${LATIN}])`, 'gu');

/**
 * Re-glues what line wrapping and typing split inside contacts with the normaliser's `repairContacts`
 * (`kokshetau. online.kz`, `utzszn_baizak@\ntopmail.kz`, `online.kzwww.akmol.kz`, `www karaganda-akimat.kz`),
 * after rejoining letter-spaced runs (`A s t r _ s o c z @`, 004). Each repair is reported.
 */
function reglue(text: string, note: (code: string, message: string) => void): string {
  // `TRS2008\n@ topmail.kz` (003): gaps on both sides of the @, which repairContacts leaves half-glued.
  const atGlued = rejoinSpaced(text).replace(SPACED_AT, '$1@$2');
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

/** Why a host (`www.osak`, `ro_esil.sko.kz`, `kokshetau.online/kz`) cannot be linked. */
function hostProblem(host: string): string {
  const tld = /\.([^.]*)$/u.exec(host)?.[1] ?? '';
  if (!/\./u.test(host)) return 'no top-level domain';
  if (/[^a-z0-9.-]/u.test(host)) return `«${host}» has characters a host name cannot hold`;
  if (!CONTACT_TLDS.includes(tld)) return `top-level domain «${tld}» is not a known one`;
  return `«${host}» is not a valid host name`;
}

function emailProblem(email: string): string {
  const [local = '', host = ''] = email.split('@');
  if (!local || /["'<>()[\]\s,;:]/u.test(local)) return `the part before @ «${local}» is not valid`;
  return hostProblem(host);
}

export function parseContacts(text: string, at: { file: string; line: number }): ContactParse {
  const diagnostics: Diagnostic[] = [];
  const note = (code: string, message: string) => diagnostics.push(diagnostic('info', code, message, at));
  const emails: string[] = [];
  const websites: string[] = [];
  const malformed: UnlinkedContact[] = [];
  const reglued = reglue(text, note);

  const takeEmail = (m: string): string => {
    const asWritten = m.replace(/[.,;:]+$/u, '');
    const email = latinise(asWritten, note).toLowerCase();
    const lookalike = lookalikeProblem(asWritten);
    // Valid in form but a look-alike (`u1utau-akimat@mai1.ru`): unlinked until a reviewed correction relinks it.
    if (EMAIL_PATTERN.test(email) && lookalike) {
      malformed.push({ kind: 'email', raw: asWritten, reason: `${LOOKALIKE_PREFIX}${lookalike}` });
      diagnostics.push(diagnostic('warning', 'contact-lookalike', `«${asWritten}»: ${lookalike}`, at));
    } else if (EMAIL_PATTERN.test(email)) emails.push(email);
    else {
      const reason = /\s/u.test(email) ? 'a space inside the address' : emailProblem(email);
      malformed.push({ kind: 'email', raw: m, reason });
      diagnostics.push(diagnostic('warning', 'email-malformed', `«${m}» is not a valid e-mail address: ${reason}`, at));
    }
    return ' ';
  };
  // Without an @ there is no e-mail, and EMAIL would still try each run of the cell as a local part.
  let rest = reglued.includes('@') ? reglued.replace(EMAIL, takeEmail) : reglued;
  rest = rest.replace(WEBSITE, (m) => {
    const site = m
      .replace(/^https?:\/\//iu, '')
      .replace(/[/.,]+$/u, '')
      .toLowerCase();
    // `ro_esil.sko.kz` (000): an underscore cannot stand in a host name; `www.sarysu.ku` (003): no such domain.
    const lookalike = lookalikeProblem(m.replace(/^https?:\/\//iu, '').replace(/[/.,]+$/u, ''));
    if (WEBSITE_PATTERN.test(site) && lookalike) {
      malformed.push({ kind: 'website', raw: m.replace(/[/.,]+$/u, ''), reason: `${LOOKALIKE_PREFIX}${lookalike}` });
      diagnostics.push(diagnostic('warning', 'contact-lookalike', `«${m}»: ${lookalike}`, at));
    } else if (WEBSITE_PATTERN.test(site)) websites.push(site);
    else {
      const reason = hostProblem(site.split('/')[0] ?? site);
      malformed.push({ kind: 'website', raw: m, reason });
      diagnostics.push(diagnostic('warning', 'website-malformed', `«${m}» is not a valid website: ${reason}`, at));
    }
    return ' ';
  });
  return { emails: unique(emails), websites: unique(websites), rest: tidy(rest), malformed, diagnostics };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
