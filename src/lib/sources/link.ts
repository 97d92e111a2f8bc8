import { type Lang, localeHref, ui } from '../../i18n/index.ts';
import type { Act } from '../../schemas/act.ts';
import { data, plainText, type RichText } from '../rich-text.ts';
import { type ActPart, partOfLine } from './act-parts.ts';

/** Anchor id of a source line on its act page. */
export function lineAnchor(line: number): string {
  return `L${line}`;
}

/** The page of one part of an act (act-parts.ts), in the page's language. */
export function actPartHref(actId: string, part: Pick<ActPart, 'slug'>, lang: Lang = 'kk'): string {
  return localeHref(lang, `/acts/${actId}/${part.slug}/`);
}

/**
 * Link from a fact to the exact line of the act it comes from: the page of the act's part that holds the
 * line (a few dozen KB, not the whole act), in the page's language. Without the act's parts, its page.
 */
export function sourceHref(
  ref: { file: string; line: number },
  acts: readonly Act[],
  parts: ReadonlyMap<string, readonly ActPart[]>,
  lang: Lang = 'kk',
): string | null {
  const act = acts.find((a) => a.file === ref.file);
  if (!act) return null;
  const part = partOfLine(parts.get(act.id) ?? [], ref.line);
  const page = part ? actPartHref(act.id, part, lang) : localeHref(lang, `/acts/${act.id}/`);
  return `${page}#${lineAnchor(ref.line)}`;
}

/** Short human label of an act, the issuer as written: `Алматы облысы әкімдігі, 2012 ж. № 349`. */
export function actLabelParts(act: Act, lang: Lang): RichText {
  return [data(act.issuer), `, ${ui(lang)['act.yearNumber'](act.date.slice(0, 4), act.number)}`];
}

export function actLabel(act: Act, lang: Lang = 'kk'): string {
  return plainText(actLabelParts(act, lang));
}
