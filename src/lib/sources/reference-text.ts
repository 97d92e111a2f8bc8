/**
 * A regulation that sends the reader to a standard (`стандарттың 7 тармағына сәйкес`) told in the page's
 * language from the reference's structured fields; the record's `note` is a developer's English note and is
 * never shown. The standard's name stays as written (data).
 */
import { type Lang, ui } from '../../i18n/index.ts';
import type { UiKey } from '../../i18n/types.ts';
import type { ServiceVersion } from '../../schemas/service.ts';
import { data, fill, plainText, type RichText } from '../rich-text.ts';

type Reference = ServiceVersion['references'][number];

/** What the referring clause stands for, as a topic of the sentence. */
const topicKey: Record<string, UiKey> = {
  deadlines: 'reference.topic.deadlines',
  documents: 'reference.topic.documents',
  refusalGrounds: 'reference.topic.refusalGrounds',
  information: 'reference.topic.information',
  cost: 'reference.topic.cost',
  complaintRoute: 'reference.topic.complaintRoute',
};

export function referenceTopic(field: string, lang: Lang): string {
  const text = ui(lang)[topicKey[field] ?? 'reference.topic.other'];
  return typeof text === 'string' ? text : ui(lang)['reference.topic.other'];
}

/**
 * `Қажетті құжаттар тізімі стандарттың 11-тармағында берілген («…», 2012 ж.). Ол стандарт сайттағы
 * актілердің арасында жоқ, …`, with the other act's label when a standard of the same name exists.
 */
export function referenceParts(ref: Reference, lang: Lang, sameNameLabel?: RichText): RichText {
  const t = ui(lang);
  const clause = ref.clause ? ref.clause.replace(/\s+/g, '') : null;
  const std = ref.standard;
  const which: RichText = std
    ? [
        ' («',
        data(std.name),
        `»${std.year ? `, ${t['act.year'](std.year)}` : ''}${std.number ? ` № ${std.number}` : ''})`,
      ]
    : [];
  const tail = ref.resolvedTo ? t['reference.resolved'] : t['reference.missing'];
  // 001's regulations cite the Government's standard; 002 has a Karaganda standard of the same name.
  const sameName: RichText =
    !ref.resolvedTo && sameNameLabel ? [' ', ...fill((x) => t['reference.sameName'](x), sameNameLabel)] : [];
  return [t['reference.where'](referenceTopic(ref.field, lang), clause), ...which, `. ${tail}`, ...sameName];
}

export function referenceSentence(ref: Reference, lang: Lang, sameNameLabel?: RichText): string {
  return plainText(referenceParts(ref, lang, sameNameLabel));
}
