/**
 * What a page says beside a phone number: the text's own note (`қабылдау бөлмесі`, the act's words) and,
 * where the ingest completed a number written without its area code, where the code came from, said in the
 * page's language from the record's structured `areaCode` (never a file name parsed out of prose). Issue 18:
 * the Kazakh sentence the ingest used to write showed on 488 Russian pages.
 */
import { type Lang, ui } from '../../i18n/index.ts';
import type { Act } from '../../schemas/act.ts';
import type { Phone } from '../../schemas/office.ts';

type AreaCode = NonNullable<Phone['areaCode']>;

/**
 * `қала коды 7212 осы қаладағы басқа нөмірден алынды («8-7212 30-01-69», <act>, 804-жол)`, or in Russian
 * `код города 7212 взят из другого номера в этом городе («8-7212 30-01-69», акт 2008 г. № 32/08, строка 804)`.
 * With no act list at hand (embeds), the row is left out and the quoted number stays.
 */
export function areaCodeNote(a: AreaCode, acts: readonly Act[] | null, lang: Lang = 'kk'): string {
  const t = ui(lang);
  const said = t[`contact.areaCode.${a.from}`](a.code);
  if (a.from === 'city-table' || !a.raw) return said;
  const act = acts?.find((x) => x.file === a.source.file);
  const actRef = act ? `${t['source.actRef'](act.issuer, act.date.slice(0, 4), act.number)}, ` : '';
  const row = acts === null ? '' : `, ${actRef}${t['source.line'](a.source.line)}`;
  return `${said} («${a.raw}»${row})`;
}

/** The note shown beside a number as one text (embeds), or null when there is nothing to say. */
export function phoneNote(
  phone: Pick<Phone, 'note' | 'areaCode'>,
  acts: readonly Act[] | null,
  lang: Lang = 'kk',
): string | null {
  const parts = [phone.note, phone.areaCode && areaCodeNote(phone.areaCode, acts, lang)].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : null;
}
