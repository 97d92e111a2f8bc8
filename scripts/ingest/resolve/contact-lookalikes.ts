/**
 * Look-alike characters in e-mails and websites, as the act writes them: the digit 1 or a capital I where
 * `l` belongs (`u1utau-akimat@mai1.ru`, 002 line 1033; `iIi_ akimat`, 001 line 5297), the digit 0 where `o`
 * belongs, a Cyrillic letter inside a Latin address (`аkimat07@mail.ru`, 002 line 656). Such an address
 * looks valid but reaches no one: it is linked only through a reviewed correction, else kept unlinked with
 * the reason. Pure.
 */

/** Why `raw` (as written) holds a look-alike character, or null. Digits after letters (`sobes1`) are ordinary. */
export function lookalikeProblem(raw: string): string | null {
  const cyrillic = raw.match(/[\u0400-\u04ff]/gu);
  if (cyrillic) return `Cyrillic ${[...new Set(cyrillic)].join(', ')} inside a Latin address`;
  if (/(?<=[a-z])I/u.test(raw)) return 'a capital I among lower-case letters, where l or i belongs';
  const [local = '', address = ''] = raw.includes('@') ? raw.split('@') : ['', raw];
  const host = address.split('/')[0] ?? address;
  const between = (s: string, digit: string) => new RegExp(`[a-z]${digit}[a-z]`, 'iu').test(s);
  // A host label of letters with one digit in it (`mai1`, `u1utau`): names of providers and akimats are words.
  const inLabel = (digit: string) =>
    host.split('.').some((l) => new RegExp(`^[a-z]*${digit}[a-z]*$`, 'iu').test(l) && /[a-z]{2}/iu.test(l));
  if (between(local, '1') || inLabel('1')) return 'the digit 1 where the letter l belongs';
  if (between(local, '0') || inLabel('0')) return 'the digit 0 where the letter o belongs';
  return null;
}

/** The reason stored with an unlinked contact: says it is a look-alike, so a reviewed correction may relink it. */
export const LOOKALIKE_PREFIX = 'look-alike character: ';
