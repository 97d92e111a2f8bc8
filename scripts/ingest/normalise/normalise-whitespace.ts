import type { LineRule } from './line-rule.ts';

const SPACE_RUN = /[ \t]{2,}|\t/gu;

/** Runs of spaces inside the body become one (justified lines: `жұмыспен  қамту`). Indentation is not seen here. */
export const normaliseWhitespace: LineRule = {
  name: 'whitespace',
  apply: (body) => (body.includes('  ') || body.includes('\t') ? body.replace(SPACE_RUN, ' ') : body),
};

// `көшес і ,  148`, `Заңының ,`, `7 .  Мемлекеттік`, `45 -44 -94 .`: a stray space before punctuation that
// closes a word. Only after a letter, digit or bracket, so `туралы" , ,` (a displaced reference's hole) stays.
const SPACE_BEFORE_CLOSER = /(?<=[\p{L}\d)№])\s+(?=[,;:](?:\s|$)|\.(?:\s|$))/gu;
const SPACE_THEN_CLOSER = /\s[,;:.]/u;
// `кенті ,Титова` -> `кенті, Титова`: a comma glued to the next Cyrillic word.
const COMMA_GLUED_TO_WORD = /,(?=\p{Script=Cyrillic})/gu;
// `3 .2 .`, `4 .1 .` (004 appendix clause numbers) -> `3.2.`, `4.1.`.
const SPACE_IN_CLAUSE_NUMBER = /(?<=\d) \.(?=\d)/gu;

/** Tidies spaces around commas, semicolons, colons and full stops; each pass only where its mark occurs. */
export const normalisePunctuationSpacing: LineRule = {
  name: 'punctuation-spacing',
  apply: (body) => {
    let out = body.includes(',') ? body.replace(COMMA_GLUED_TO_WORD, ', ') : body;
    if (SPACE_THEN_CLOSER.test(out)) out = out.replace(SPACE_BEFORE_CLOSER, '');
    return out.includes(' .') ? out.replace(SPACE_IN_CLAUSE_NUMBER, '.') : out;
  },
};
