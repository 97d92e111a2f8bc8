/**
 * What counts as a website or an e-mail address the site may link. One definition for the ingest (which
 * keeps anything else as written in `unlinkedContacts`) and the office schema (which refuses it in
 * `websites` and `emails`).
 */

/**
 * Top-level domains the offices' hosts may end in: Kazakhstan's own (`kz`, `қаз` in its ASCII form), the
 * generic ones government bodies used in 2008-2012, and `ru`/`su`, where several akimats hosted mail
 * (`mail.ru`). A short reviewed list, not the IANA root: a host cut at a line break (`www.osak`,
 * `kokshetau.online.k`) or mistyped (`www.sarysu.ku`) must fail rather than be linked.
 */
export const CONTACT_TLDS: readonly string[] = [
  'kz',
  'xn--80ao21a', // қаз
  'ru',
  'su',
  'com',
  'org',
  'net',
  'gov',
  'edu',
  'info',
  'int',
  'biz',
];

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const TLD = `(?:${CONTACT_TLDS.join('|')})`;
const HOST = `(?:${LABEL}\\.)+${TLD}`;

/** `www.akmol.kz`, `akmol.kz/admin.html`: a lower-case host of letters, digits and hyphens, then an optional path. */
export const WEBSITE_PATTERN = new RegExp(`^${HOST}(?:/[A-Za-z0-9._~%/?#=&+-]*)?$`);

/** `akkol_ozsp@mail.ru`: no quotes, brackets or spaces in the local part; the host as for websites. */
export const EMAIL_PATTERN = new RegExp(`^[a-z0-9_%+-]+(?:\\.[a-z0-9_%+-]+)*@${HOST}$`);
