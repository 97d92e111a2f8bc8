/**
 * Whitespace-blind comparison keys. A letter-spaced run the normaliser left (`с т а н д а р т ы н а`) and
 * the word (`стандартына`) give the same key.
 */

/** Lower case, NFC, no whitespace at all. */
export function squash(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, '').toLowerCase();
}
