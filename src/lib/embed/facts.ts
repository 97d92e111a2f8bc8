/**
 * The facts an embed shows, as label/text/link triples: one list feeds both the framed pages
 * (src/components/Embed*.astro) and the plain-HTML snippets (snippet.ts), so the two never differ.
 */
import { type Lang, ui } from '../../i18n/index.ts';
import type { Act } from '../../schemas/act.ts';
import type { Office } from '../../schemas/office.ts';
import type { ServiceVersion } from '../../schemas/service.ts';
import { displayPhone, phoneTypeName, telHref } from '../format-phone.ts';
import { mailtoHref } from '../safe-href.ts';
import { formatDeadline } from '../services/view.ts';
import { phoneNote } from '../sources/phone-note.ts';

export interface Fact {
  label: string;
  text: string;
  /** `tel:` / `mailto:` target, or null for plain text. */
  href: string | null;
  /** What the text says beside the value (`қабылдау бөлмесі`), or null. Always as the acts write it. */
  note: string | null;
  /** The text is the acts' own (Kazakh): a Russian page marks it `lang="kk"`. Numbers and addresses of mail are not. */
  fromSource: boolean;
}

const fact = (label: string, text: string, href: string | null = null, note: string | null = null): Fact => ({
  label,
  text,
  href,
  note,
  fromSource: true,
});

/**
 * An incomplete number is shown as written and never dialled ("32-00-96" has no area code). Hyphens are
 * made non-breaking like the spaces: Baikonur's numbers format as `8 (336) 225-62-20`, and a number
 * must not wrap in a narrow frame.
 */
function phoneFact(p: Office['phones'][number], lang: Lang): Fact {
  const href = telHref(p);
  const text = (href ? displayPhone(p) : p.raw).replace(/-/g, '\u2011');
  return {
    ...fact(
      phoneTypeName(p.type, lang),
      href ? text : `${text} (${ui(lang)['contact.noAreaCode']})`,
      href,
      phoneNote(p, null, lang),
    ),
    fromSource: false,
  };
}

export function officeFacts(o: Office, lang: Lang = 'kk'): Fact[] {
  const t = ui(lang);
  return [
    ...(o.address ? [fact(t['contact.address'], o.postcode ? `${o.postcode}, ${o.address}` : o.address)] : []),
    ...o.phones.map((p) => phoneFact(p, lang)),
    ...o.emails.map((e) => ({ ...fact(t['contact.email'], e, mailtoHref(e)), fromSource: false })),
    ...(o.hours ? [fact(t['office.hours'], o.hours.text)] : []),
  ];
}

/** The first phone that is not a fax: the one line a list of offices has room for. */
export function mainPhone(o: Office, lang: Lang = 'kk'): Fact | null {
  const p = o.phones.find((x) => x.type !== 'fax');
  return p ? phoneFact(p, lang) : null;
}

/** The term a citizen waits, else the first deadline the text gives. */
export function serviceTerm(v: ServiceVersion): string | null {
  const d = v.deadlines.find((x) => x.kind === 'service-term') ?? v.deadlines[0];
  return d ? formatDeadline(d) : null;
}

/** Legal text (result, recipients, cost, term, provider) stays Kazakh under a label in the page's language. */
export function serviceFacts(v: ServiceVersion, lang: Lang = 'kk'): Fact[] {
  const t = ui(lang);
  const term = serviceTerm(v);
  const cost = (c: NonNullable<ServiceVersion['cost']>): Fact =>
    c.free === true
      ? { ...fact(t['embed.fact.cost'], t['embed.fact.free']), fromSource: false }
      : fact(t['embed.fact.cost'], c.text);
  return [
    ...(v.result ? [fact(t['embed.fact.result'], v.result)] : []),
    ...(v.recipients ? [fact(t['embed.fact.recipients'], v.recipients)] : []),
    ...(v.cost ? [cost(v.cost)] : []),
    ...(term ? [fact(t['embed.fact.term'], term)] : []),
    ...(v.provider ? [fact(t['embed.fact.provider'], v.provider)] : []),
  ];
}

/** The most recent act among a record's sources: a merged office shows that act's values. */
export function latestAct(sources: readonly { act: string }[], acts: readonly Act[]): Act | undefined {
  const ids = new Set(sources.map((s) => s.act));
  return acts.filter((a) => ids.has(a.id)).sort((a, b) => b.date.localeCompare(a.date))[0];
}
