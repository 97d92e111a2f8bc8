/**
 * The one status statement every page and embed opens with: which act (or acts) its facts come from,
 * how old they are, and whether they still apply. It is said before any figure, because a citizen acts
 * on what a page says and the acts are old and mostly repealed.
 *
 * Language-neutral parts only (numbers and dates): the act's Kazakh title stays on the act's page, so a
 * Russian statement holds no Kazakh text. Dates are numeric (`05.11.2012`), the form both languages read
 * alike and the shortest, so one act's statement fits one line on a 360 px phone (the act's number, which
 * would not fit, is one tap away on the act's page the statement links to).
 */
import { type Lang, ui } from '../../i18n/index.ts';
import type { Act } from '../../schemas/act.ts';

export type StatusTone = Act['status'];

export interface StatusStatement {
  /** What the facts come from: `Акт от 05.11.2012` or `5 актов 2008–2012`. The number is on the act's page. */
  subject: string;
  /** Their status: `утратил силу 02.06.2014`, or counts by status for several acts. */
  status: string;
  /** Site path (no language prefix) of the act's page, or of the list of acts for several. */
  href: string;
  /** The least current status among the acts: a page with one repealed act says "repealed" first. */
  tone: StatusTone;
  /** The data's date: the newest act read (ISO), never the build's. */
  dataDate: string;
}

/** The status object per act that the JSON embeds carry: what the statement says, as data. */
export interface ActStatusRecord {
  act: string;
  number: string;
  date: string;
  status: StatusTone;
  repealedOn: string | null;
  repealedBy: { issuer: string; date: string; number: string } | null;
}

/** `2012-11-05` -> `05.11.2012`. */
export function numericDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

const toneOrder: readonly StatusTone[] = ['repealed', 'unknown', 'in-force'];

/** The newest act's date: how old the data are. */
export function dataDateOf(acts: readonly Pick<Act, 'date'>[]): string {
  // ISO dates sort as strings.
  return (
    acts
      .map((a) => a.date)
      .sort()
      .at(-1) ?? ''
  );
}

function oneActStatus(act: Act, lang: Lang): string {
  const t = ui(lang);
  if (act.status === 'repealed') {
    return act.repealedBy ? t['statement.repealedOn'](numericDate(act.repealedBy.date)) : t['statement.repealed'];
  }
  return act.status === 'unknown' ? t['statement.unknown'] : t['statement.inForce'];
}

/**
 * The statement for a page drawing on `acts` (one or more; duplicates are ignored). With no act (a page
 * of no act's facts, e.g. an empty search) it speaks for `fallback`: all acts the site read.
 */
export function statusStatement(acts: readonly Act[], lang: Lang, fallback: readonly Act[] = []): StatusStatement {
  const t = ui(lang);
  const unique = [...new Map((acts.length > 0 ? acts : fallback).map((a) => [a.id, a])).values()].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
  const first = unique[0];
  if (!first) throw new Error('statusStatement: no act to speak for');
  const tone = toneOrder.find((s) => unique.some((a) => a.status === s)) ?? 'unknown';
  const dataDate = dataDateOf(unique);
  if (unique.length === 1) {
    return {
      subject: t['statement.act'](numericDate(first.date)),
      status: oneActStatus(first, lang),
      href: `/acts/${first.id}/`,
      tone,
      dataDate,
    };
  }
  const count = (s: StatusTone) => unique.filter((a) => a.status === s).length;
  const from = first.date.slice(0, 4);
  const to = dataDate.slice(0, 4);
  return {
    subject: t['statement.acts'](from === to ? from : `${from}–${to}`, unique.length),
    status: t['statement.counts'](count('repealed'), count('unknown'), count('in-force'), unique.length),
    href: '/acts/',
    tone,
    dataDate,
  };
}

export function actStatusRecord(act: Act): ActStatusRecord {
  return {
    act: act.id,
    number: act.number,
    date: act.date,
    status: act.status,
    repealedOn: act.status === 'repealed' ? (act.repealedBy?.date ?? null) : null,
    repealedBy: act.repealedBy,
  };
}

/** The acts among `acts` with these ids (each once, in `acts`' order): a page's sources for its statement. */
export function actsWithIds(acts: readonly Act[], ids: Iterable<string>): Act[] {
  const wanted = new Set(ids);
  return acts.filter((a) => wanted.has(a.id));
}

/** Ids of the acts whose rows give these offices. */
export function officeActIds(offices: readonly { sources: readonly { act: string }[] }[]): string[] {
  return offices.flatMap((o) => o.sources.map((s) => s.act));
}
