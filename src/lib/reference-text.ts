/**
 * A regulation that sends the reader to a standard (`стандарттың 7 тармағына сәйкес`) told in Kazakh from
 * the reference's structured fields; the record's `note` is a developer's English note and is never shown.
 */
import type { ServiceVersion } from '../schemas/service.ts';

type Reference = ServiceVersion['references'][number];

/** What the referring clause stands for, as a topic of the sentence. */
const topicOf: Record<string, string> = {
  deadlines: 'Қызмет көрсету мерзімдері',
  documents: 'Қажетті құжаттар тізімі',
  refusalGrounds: 'Бас тарту негіздері',
  information: 'Қызмет туралы ақпарат',
  cost: 'Қызметтің құны',
  complaintRoute: 'Шағымдану тәртібі',
};

export function referenceTopic(field: string): string {
  return topicOf[field] ?? 'Бұл мәлімет';
}

/** `Қажетті құжаттар тізімі стандарттың 11-тармағында берілген («…», 2012 ж.); ол стандарт сайттағы актілердің арасында жоқ.` */
export function referenceSentence(ref: Reference, sameNameLabel?: string): string {
  const clause = ref.clause ? `${ref.clause.replace(/\s+/g, '')}-тармағында` : 'тармағында';
  const std = ref.standard;
  const which = std
    ? ` («${std.name}»${std.year ? `, ${std.year} ж.` : ''}${std.number ? ` № ${std.number}` : ''})`
    : '';
  const tail = ref.resolvedTo
    ? ' Ол стандарт осы сайтта бар.'
    : ' Ол стандарт сайттағы актілердің арасында жоқ, сондықтан бұл мәлімет мұнда берілмеген.';
  // 001's regulations cite the Government's standard; 002 has a Karaganda standard of the same name.
  const sameName =
    !ref.resolvedTo && sameNameLabel
      ? ` Осы атаулы басқа стандарт бар (${sameNameLabel}), бірақ регламент соған сілтемейді.`
      : '';
  return `${referenceTopic(ref.field)} мемлекеттік қызмет стандартының ${clause} берілген${which}.${tail}${sameName}`;
}
