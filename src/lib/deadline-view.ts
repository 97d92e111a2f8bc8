/** Deadlines as a compact list for people: what, how long, by which channel. */
import type { Deadline } from '../schemas/service.ts';

const channelLabel: Record<Deadline['channel'], string | null> = {
  authority: 'бөлімге тікелей жүгінгенде',
  'public-service-centre': 'халыққа қызмет көрсету орталығы арқылы',
  any: null,
};

export function deadlineChannel(d: Pick<Deadline, 'channel'>): string | null {
  return channelLabel[d.channel];
}

/** Labels already carry the channel in brackets (`(… Бөлімге өтініш білдіргенде)`): then it is not repeated. */
export function deadlineWhat(d: Pick<Deadline, 'label' | 'channel'>): string {
  const channel = deadlineChannel(d);
  return channel && !d.label.includes('(') ? `${d.label}, ${channel}` : d.label;
}
