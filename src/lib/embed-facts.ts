/**
 * The facts an embed shows, as label/text/link triples: one list feeds both the framed pages
 * (src/components/Embed*.astro) and the plain-HTML snippets (embed-snippet.ts), so the two never differ.
 */
import type { Act } from '../schemas/act.ts';
import type { Office } from '../schemas/office.ts';
import type { ServiceVersion } from '../schemas/service.ts';
import { displayPhone, phoneTypeLabel, telHref } from './format-phone.ts';
import { mailtoHref } from './safe-href.ts';
import { formatDeadline } from './service-view.ts';
import { stripFileRefs } from './source-label.ts';

export interface Fact {
  label: string;
  text: string;
  /** `tel:` / `mailto:` target, or null for plain text. */
  href: string | null;
  /** What the text says beside the value (`қабылдау бөлмесі`), or null. */
  note: string | null;
}

const fact = (label: string, text: string, href: string | null = null, note: string | null = null): Fact => ({
  label,
  text,
  href,
  note,
});

/**
 * An incomplete number is shown as written and never dialled ("32-00-96" has no area code). Hyphens are
 * made non-breaking like the spaces: Baikonur's numbers format as `8 (336) 225-62-20`, and a number
 * must not wrap in a narrow frame.
 */
function phoneFact(p: Office['phones'][number]): Fact {
  const href = telHref(p);
  const text = (href ? displayPhone(p) : p.raw).replace(/-/g, '\u2011');
  return fact(
    phoneTypeLabel[p.type],
    href ? text : `${text} (қала коды белгісіз)`,
    href,
    p.note && stripFileRefs(p.note),
  );
}

export function officeFacts(o: Office): Fact[] {
  return [
    ...(o.address ? [fact('Мекенжайы', o.postcode ? `${o.postcode}, ${o.address}` : o.address)] : []),
    ...o.phones.map(phoneFact),
    ...o.emails.map((e) => fact('Электрондық пошта', e, mailtoHref(e))),
    ...(o.hours ? [fact('Жұмыс уақыты', o.hours.text)] : []),
  ];
}

/** The first phone that is not a fax: the one line a list of offices has room for. */
export function mainPhone(o: Office): Fact | null {
  const p = o.phones.find((x) => x.type !== 'fax');
  return p ? phoneFact(p) : null;
}

/** The term a citizen waits, else the first deadline the text gives. */
export function serviceTerm(v: ServiceVersion): string | null {
  const d = v.deadlines.find((x) => x.kind === 'service-term') ?? v.deadlines[0];
  return d ? formatDeadline(d) : null;
}

export function serviceFacts(v: ServiceVersion): Fact[] {
  const term = serviceTerm(v);
  return [
    ...(v.result ? [fact('Нәтижесі', v.result)] : []),
    ...(v.recipients ? [fact('Кім ала алады', v.recipients)] : []),
    ...(v.cost ? [fact('Құны', v.cost.free === true ? 'Тегін' : v.cost.text)] : []),
    ...(term ? [fact('Мерзімі', term)] : []),
    ...(v.provider ? [fact('Көрсетеді', v.provider)] : []),
  ];
}

/** The most recent act among a record's sources: a merged office shows that act's values. */
export function latestAct(sources: readonly { act: string }[], acts: readonly Act[]): Act | undefined {
  const ids = new Set(sources.map((s) => s.act));
  return acts.filter((a) => ids.has(a.id)).sort((a, b) => b.date.localeCompare(a.date))[0];
}
