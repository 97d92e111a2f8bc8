/**
 * Text that must not reach a person on a Kazakh page: internal source file names (`001_c8303bd5a1b4be25.txt`)
 * and English sentences (a developer's note such as «What the regulation says about documents is in ...»).
 */

export const sourceFileName = /\d{3}_[0-9a-f]{16}\.txt/;

/** Four or more Latin words in a row: a sentence, not a brand, an e-mail or a web address. */
export const englishSentence = /(?<![\w.@/-])[A-Za-z]{2,}(?:[ ,;:'’-]+[A-Za-z]{2,}){3,}(?![\w.@/])/;

/** The first offending snippet of a page's visible text, or null. */
export function foreignText(text: string): string | null {
  for (const re of [sourceFileName, englishSentence]) {
    const m = re.exec(text);
    if (m) return text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40);
  }
  return null;
}

/**
 * A page's HTML reduced to the site's own text: scripts, styles and tags (quoted attributes may hold `>`)
 * removed, and an act's text as written (the source itself, Latin homoglyphs and all) left out.
 */
export function htmlText(html: string): string {
  return (
    html
      .replace(/<div class="act-text"[\s\S]*$/, ' ')
      // Embed snippets shown for copying are code, not sentences.
      .replace(/<(script|style|template|pre|code|textarea)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[a-zA-Z/!](?:"[^"]*"|'[^']*'|[^'">])*>/g, ' ')
      .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
      .replace(/&[a-z]+;/g, ' ')
  );
}
