import { type Lang, localeHref, ui } from '../../i18n/index.ts';
import type { Act } from '../../schemas/act.ts';
import { data, plainText, type RichText } from '../rich-text.ts';

/** Anchor id of a source line on its act page. */
export function lineAnchor(line: number): string {
  return `L${line}`;
}

/** Link from a fact to the exact line of the act it comes from (the act page in the page's language). */
export function sourceHref(
  ref: { file: string; line: number },
  acts: readonly Act[],
  lang: Lang = 'kk',
): string | null {
  const act = acts.find((a) => a.file === ref.file);
  return act ? localeHref(lang, `/acts/${act.id}/#${lineAnchor(ref.line)}`) : null;
}

/** Short human label of an act, the issuer as written: `Алматы облысы әкімдігі, 2012 ж. № 349`. */
export function actLabelParts(act: Act, lang: Lang): RichText {
  return [data(act.issuer), `, ${ui(lang)['act.yearNumber'](act.date.slice(0, 4), act.number)}`];
}

export function actLabel(act: Act, lang: Lang = 'kk'): string {
  return plainText(actLabelParts(act, lang));
}
