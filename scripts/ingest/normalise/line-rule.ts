/** A doubtful repair a line rule made, reported as an info diagnostic with the line it came from. */
export interface LineNote {
  code: string;
  message: string;
}

/**
 * One line-level normaliser. It sees the line body (leading indentation and trailing whitespace already cut
 * off, so table cells' leading tabs are never at risk) and returns the repaired body. Pure.
 */
export interface LineRule {
  name: string;
  apply: (body: string, notes: LineNote[]) => string;
}
