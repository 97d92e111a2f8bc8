/**
 * Shaping a service for its page: the version to lead with, deadlines in plain words, the topic a
 * service belongs to on the home page.
 */
import type { Act } from '../schemas/act.ts';
import type { Deadline, Service, ServiceVersion } from '../schemas/service.ts';

const unitLabel: Record<Deadline['unit'], string> = {
  minute: 'минут',
  hour: 'сағат',
  day: 'күн',
  'working-day': 'жұмыс күні',
  'calendar-day': 'күнтізбелік күн',
  month: 'ай',
};

export function formatDeadline(d: Pick<Deadline, 'value' | 'unit'>): string {
  return `${d.value} ${unitLabel[d.unit]}`;
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
  id: string;
  label: string;
  /** Lower-case stems that put a service under the topic. */
  stems: string[];
}

export const topics: readonly Topic[] = [
  { id: 'unemployment', label: 'Жұмыссыздық және жұмысқа орналасу', stems: ['жұмыссыз', 'жұмыспен қамту'] },
  { id: 'disability', label: 'Мүгедектік', stems: ['мүгедек'] },
  { id: 'families', label: 'Балалы отбасылар', stems: ['балалар', 'балалы', 'жәрдемақы'] },
  { id: 'housing', label: 'Тұрғын үй көмегі', stems: ['тұрғын үй', 'отын'] },
  { id: 'assistance', label: 'Әлеуметтік көмек', stems: ['көмек', 'ядролық', 'әлеуметтік қызмет'] },
];

/** The first topic whose stem occurs in the name; services that match none go to social assistance. */
export function topicOf(name: string): Topic {
  const lower = name.toLowerCase();
  return topics.find((t) => t.stems.some((s) => lower.includes(s))) ?? (topics.at(-1) as Topic);
}
