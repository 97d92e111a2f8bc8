/**
 * Shaping a service for its page: the version to lead with, deadlines in plain words, the topic a
 * service belongs to on the home page.
 */
import { type Lang, ui } from '../../i18n/index.ts';
import type { UiDictionary } from '../../i18n/types.ts';
import type { Act } from '../../schemas/act.ts';
import type { Deadline, Service, ServiceVersion } from '../../schemas/service.ts';

const unitKey = {
  minute: 'deadline.unit.minute',
  hour: 'deadline.unit.hour',
  day: 'deadline.unit.day',
  'working-day': 'deadline.unit.workingDay',
  'calendar-day': 'deadline.unit.calendarDay',
  month: 'deadline.unit.month',
} as const satisfies Record<Deadline['unit'], keyof UiDictionary>;

/** `5 жұмыс күні`, `5 рабочих дней`. */
export function formatDeadline(d: Pick<Deadline, 'value' | 'unit'>, lang: Lang = 'kk'): string {
  return ui(lang)[unitKey[d.unit]](d.value);
}

/** The version a page leads with: the most recent act's, national before regional on a tie. */
export function leadVersion(service: Service, acts: readonly Act[]): ServiceVersion {
  const date = (v: ServiceVersion) => acts.find((a) => a.id === v.act)?.date ?? '';
  const sorted = [...service.versions].sort(
    (a, b) => date(b).localeCompare(date(a)) || Number(a.region !== null) - Number(b.region !== null),
  );
  return sorted[0] ?? (service.versions[0] as ServiceVersion);
}

export interface Topic {
  id: 'unemployment' | 'disability' | 'families' | 'housing' | 'assistance';
  /** Lower-case stems of the Kazakh service names that put a service under the topic. */
  stems: string[];
}

export const topics: readonly Topic[] = [
  { id: 'unemployment', stems: ['жұмыссыз', 'жұмыспен қамту'] },
  { id: 'disability', stems: ['мүгедек'] },
  { id: 'families', stems: ['балалар', 'балалы', 'жәрдемақы'] },
  { id: 'housing', stems: ['тұрғын үй', 'отын'] },
  { id: 'assistance', stems: ['көмек', 'ядролық', 'әлеуметтік қызмет'] },
];

/** The topic's heading in the page's language (`Мүгедектік`, `Инвалидность`). */
export function topicLabel(topic: Topic, lang: Lang): string {
  return ui(lang)[`topic.${topic.id}`];
}

/** The first topic whose stem occurs in the name; services that match none go to social assistance. */
export function topicOf(name: string): Topic {
  const lower = name.toLowerCase();
  return topics.find((t) => t.stems.some((s) => lower.includes(s))) ?? (topics.at(-1) as Topic);
}
