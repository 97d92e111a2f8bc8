import type { ServiceVersion } from '../../../../src/schemas/service.ts';
import type { Flag } from '../../../../src/schemas/source.ts';
import type { ClauseSegment } from '../../types.ts';
import { clauseParagraphs } from './clause-paragraphs.ts';
import { FORM_CLAUSE, FORM_VALUES } from './service-dictionary.ts';

export interface FormFact {
  form: NonNullable<ServiceVersion['form']>;
  line: number;
  flags: Flag[];
}

/**
 * `Көрсетiлетiн мемлекеттiк қызметтiң нысаны: iшiнара автоматтандырылмаған.` (000), `... түрі:
 * автоматтандырылмаған.` (001), `... толық автоматтандырылған.` (003). 000's "partly not automated" is
 * read as partly automated and flagged, the wording kept.
 */
export function parseForm(clauses: readonly ClauseSegment[], file: string): FormFact | null {
  for (const clause of clauses) {
    const first = clauseParagraphs(clause)[0];
    if (!first || !FORM_CLAUSE.test(first.match)) continue;
    const value = FORM_VALUES.find((f) => f.cue.test(first.match))?.value ?? null;
    const text = first.text.replace(/^.*?(нысаны|түрі)\s*[:–-]?\s*/iu, '').replace(/\.$/u, '');
    const flags: Flag[] = /(ішінара|жартылай)\s+автоматтандырылмаған/u.test(first.match)
      ? [
          {
            code: 'contradictory-form',
            message: `the form reads «${text}» (partly not automated); taken as partly automated`,
            sources: [{ file, line: first.line }],
          },
        ]
      : [];
    return { form: { value, text }, line: first.line, flags };
  }
  return null;
}
