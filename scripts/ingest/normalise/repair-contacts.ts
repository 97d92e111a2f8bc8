import type { LineNote, LineRule } from './line-rule.ts';

/*
 * Re-glues e-mails and URLs the extraction split with spaces: `sobes_balkhash@ mail.ru`, `iIi_ akimat @mail.ru`,
 * `kokshetau. online.kz`, `zhambyl. rotzszn@mail. online.kz`, `t a raz@enbek .kz`, `Atb_rotz isn@`, and splits
 * two glued together: `online.kzwww.akmol.kz`, `mail.kz,www.akmol.kz`. Only Latin pieces are touched.
 */

const TLD = '(?:kz|ru|com|org|net|info)';
/** A host with a top-level domain: `online.kz`, `kostanay.kz,`. */
const HOST_WITH_TLD = new RegExp(`^[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*\\.${TLD}(?![A-Za-z])`, 'u');
/** A piece that already ends in a top-level domain and a full stop: the end of a sentence, not a split. */
const ENDS_WITH_TLD_DOT = new RegExp(`\\.${TLD}\\.$`, 'u');

const AT_SPLIT = /(?<=[A-Za-z0-9_.-])\s+@|@\s+(?=[A-Za-z0-9])/gu;
const UNDERSCORE_SPLIT = /(?<=[A-Za-z0-9]_)\s+(?=[A-Za-z0-9])/gu;
const SCHEME_SPLIT = /(?<=https?:\/\/)\s+(?=[A-Za-z])/gu;
const DOT_TLD_SPLIT = new RegExp(`(?<=[A-Za-z0-9])\\s+(?=\\.${TLD}(?![A-Za-z]))`, 'gu');
// A whole Latin token ending in a full stop, then a Latin token: `kokshetau. online.kz`, `jangeldy. kostanay.kz`.
// The last label must hold a letter: `8(7162)763690. akmout@` is a phone ending a sentence (004 line 254).
const DOT_SPLIT = /(?<!\S)((?:[\x21-\x7e]*[.@])?[A-Za-z0-9_-]*[A-Za-z][A-Za-z0-9_-]*\.)\s+([A-Za-z0-9][\x21-\x7e]*)/gu;
// `Вокзальная, 1.` / `koksu-akimat.kz`, `Тыңдала, 9.` / `iIi_ akimat @mail.ru` (001, Көксу and Іле rural rows): a
// house number ends the address and the contact opens the next cell, so digits before the dot are never a host
// label, nor digits with a Latin house letter (`2a.`).
const HOUSE_NUMBER_END = /^\d+[A-Za-z]?\.$/u;
/** Every repair below needs a Latin letter, an `@` or an `_`: lines without one are left at once (most lines). */
const CONTACT_HINT = /[A-Za-z@_]/u;
const DOT_THEN_SPACE = /\.\s/u;
const URL_START = /^(?:www\.|https?:)/u;
// `t a raz@enbek`, `Atb_rotz isn@`: short Latin pieces right before an e-mail's local part.
const LOCAL_PART_SPLIT = /(?<![^\s])((?:[A-Za-z_]+ )+)([A-Za-z0-9_.-]*@)/gu;
const GLUED_WWW = /(?<=[A-Za-z])(?=www\.)|(?<=[A-Za-z0-9]),(?=(?:www\.|https?:|[A-Za-z0-9_.-]+@))/gu;
const WWW_SPACE = new RegExp(`\\bwww\\s+(?=[A-Za-z0-9-]+\\.${TLD}\\b)`, 'gu');

function glueDots(text: string): string {
  if (!DOT_THEN_SPACE.test(text)) return text;
  return text.replace(DOT_SPLIT, (whole, left: string, right: string) => {
    if (HOUSE_NUMBER_END.test(left)) return whole;
    const leftContact = left.includes('@') || URL_START.test(left);
    const rightContact = right.includes('@') || HOST_WITH_TLD.test(right);
    if (ENDS_WITH_TLD_DOT.test(left) || (left.includes('@') && right.includes('@'))) return whole;
    return leftContact || rightContact ? `${left}${right}` : whole;
  });
}

function glueLocalPart(text: string, notes: LineNote[]): string {
  if (!text.includes('@')) return text;
  return text.replace(LOCAL_PART_SPLIT, (whole, pieces: string, local: string) => {
    const words = pieces.trim().split(' ');
    const short = words.every((w) => w.length <= 2) || words.some((w) => w.includes('_')) || local.length <= 4;
    if (!short) return whole;
    const glued = `${words.join('')}${local}`;
    notes.push({ code: 'contact-reglued', message: `read «${whole.trim()}» as «${glued}»` });
    return glued;
  });
}

/** Repairs the e-mails and URLs in one string (a line, a cell, a joined block); other text is left alone. */
export function repairContactsWithNotes(text: string): { text: string; notes: LineNote[] } {
  const notes: LineNote[] = [];
  if (!CONTACT_HINT.test(text)) return { text, notes };
  let out = text.replace(AT_SPLIT, '@').replace(UNDERSCORE_SPLIT, '').replace(SCHEME_SPLIT, '');
  out = out.replace(DOT_TLD_SPLIT, '');
  // Twice: `zhambyl. rotzszn@mail. online.kz` has two splits sharing a piece.
  out = glueDots(glueDots(out));
  out = glueLocalPart(out, notes);
  out = out.replace(GLUED_WWW, (m) => (m === ',' ? ', ' : ' '));
  if (out.search(WWW_SPACE) >= 0) {
    notes.push({ code: 'contact-www-dot', message: `read «www » as «www.» in «${out}»` });
    out = out.replace(WWW_SPACE, 'www.');
  }
  return { text: out, notes };
}

export function repairContacts(text: string): string {
  return repairContactsWithNotes(text).text;
}

export const normaliseContacts: LineRule = {
  name: 'contacts',
  apply: (body, notes) => {
    const repaired = repairContactsWithNotes(body);
    notes.push(...repaired.notes);
    return repaired.text;
  },
};
