/** Deadlines as a compact list for people: what, how long, by which channel. */
import { type Lang, ui } from '../../i18n/index.ts';
import type { Deadline } from '../../schemas/service.ts';
import { data, type RichText } from '../rich-text.ts';

export function deadlineChannel(d: Pick<Deadline, 'channel'>, lang: Lang): string | null {
  const t = ui(lang);
  if (d.channel === 'authority') return t['deadline.channel.authority'];
  if (d.channel === 'public-service-centre') return t['deadline.channel.publicServiceCentre'];
  return null;
}

/**
 * The deadline's label as written, then the channel in the page's language. Labels that already carry the
 * channel in brackets (`(… Бөлімге өтініш білдіргенде)`) do not get it again.
 */
export function deadlineWhat(d: Pick<Deadline, 'label' | 'channel'>, lang: Lang): RichText {
  const channel = deadlineChannel(d, lang);
  return channel && !d.label.includes('(') ? [data(d.label), `, ${channel}`] : [data(d.label)];
}
