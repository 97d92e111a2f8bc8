/** A doubtful repair a line rule made, reported as an info diagnostic with the line it came from. */
export interface LineNote {
  code: string;
  message: string;
}

/**
 * What a rule may know beyond its own line. The digit-row rule reads the line above: `2 1 5` alone on a line is a
 * house number after `Абылайхан көшесі ,` but three cells after `% (үлесі)` (001:345, 003:440).
 */
export interface LineContext {
  /** The nearest non-blank line above, already normalised and trimmed; `''` at the top or when unknown. */
  previous: string;
  /** The whole source is already NFC (checked once, in one call), so no line needs its own NFC pass. */
  sourceIsNfc: boolean;
}

export const NO_CONTEXT: LineContext = { previous: '', sourceIsNfc: false };

/**
 * One line-level normaliser. It sees the line body (leading indentation and trailing whitespace already cut
 * off, so table cells' leading tabs are never at risk) and returns the repaired body. Pure.
 */
export interface LineRule {
  name: string;
  apply: (body: string, notes: LineNote[], context: LineContext) => string;
}
