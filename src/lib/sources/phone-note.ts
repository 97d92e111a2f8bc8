/**
 * What a page says beside a phone number: the text's own note (`қабылдау бөлмесі`) and, where the ingest
 * completed a number written without its area code, where the code came from, said in Kazakh as the site
 * has always said it, from the record's structured `areaCode` (never a file name parsed out of prose).
 */
import type { Act } from '../../schemas/act.ts';
import type { Phone } from '../../schemas/office.ts';
import { actLabel } from './link.ts';

type AreaCode = NonNullable<Phone['areaCode']>;

const whose: Record<AreaCode['from'], string> = {
  'same-office': 'осы мекеменің басқа нөмірінен',
  'same-town': 'осы қаладағы басқа нөмірден',
  'city-table': 'қалалар кодтарының тізімінен',
};

/**
 * `қала коды 7212 осы қаладағы басқа нөмірден алынды («8-7212 30-01-69», <act>, 804-жол)`. With no act list
 * at hand (embeds), the row is left out and the quoted number stays.
 */
export function areaCodeNote(a: AreaCode, acts: readonly Act[] | null): string {
  if (a.from === 'city-table') return `қала коды ${a.code} ${whose[a.from]} алынды`;
  const act = acts?.find((x) => x.file === a.source.file);
  const row = acts === null ? '' : act ? `, ${actLabel(act)}, ${a.source.line}-жол` : `, ${a.source.line}-жол`;
  return `қала коды ${a.code} ${whose[a.from]} алынды («${a.raw}»${row})`;
}

/** The note shown beside a number, or null when there is nothing to say. */
export function phoneNote(phone: Pick<Phone, 'note' | 'areaCode'>, acts: readonly Act[] | null): string | null {
  const parts = [phone.note, phone.areaCode && areaCodeNote(phone.areaCode, acts)].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : null;
}
