/**
 * Checks that no field holds another field's text: no phone inside `address`, no e-mail inside `name`,
 * no schedule inside `head`. Returns one message per leak; the orchestrator reports them by file:line.
 */
import type { Office } from '../../../../src/schemas/office.ts';
import { foldForMatch } from './field-text.ts';

interface Probe {
  what: string;
  test: (folded: string, text: string) => boolean;
}

const PROBES: Record<string, Probe> = {
  phone: {
    what: 'a phone number',
    test: (folded, text) =>
      /(?<!\p{L})(тел|факс)(?!\p{L})/u.test(folded) ||
      /(?<![\d/-])8\s*-?\s*\(?7\d{2,4}\)?[\s-]*\d/u.test(text) ||
      /\(\d{4,6}\)\s*\d/u.test(text) ||
      /(?<!\d)\d{1,3}-\d{2}-\d{2}(?!\d)/u.test(text),
  },
  email: { what: 'an e-mail address', test: (_f, text) => /\S@\S/u.test(text) },
  website: {
    what: 'a website',
    // The domain of an e-mail is the e-mail's leak, not a website's.
    test: (_f, text) =>
      /(?:www\.|https?:\/\/)|(?<![\p{L}\p{N}])[a-z0-9-]+\.(?:kz|ru|com|org|net)(?![\p{L}\p{N}])/iu.test(
        text.replace(/\S+@\S+/gu, ' '),
      ),
  },
  schedule: {
    what: 'a schedule',
    test: (folded) => /қабылдау\s+кестесі|сағ(?:ат|\.)\s*\d|\d{1,2}[.-]00\s*-?(?:ден|дан|тен|нан)/u.test(folded),
  },
  postcode: { what: 'a postcode', test: (_f, text) => /^\s*\d{6}(?!\d)/u.test(text) },
};

const CHECKS: readonly [keyof Office, readonly (keyof typeof PROBES)[]][] = [
  ['name', ['phone', 'email', 'website', 'schedule']],
  ['address', ['phone', 'email', 'website', 'schedule', 'postcode']],
  ['settlement', ['phone', 'email', 'website', 'postcode']],
  ['district', ['phone', 'email', 'website']],
  ['head', ['phone', 'email', 'website', 'schedule']],
  ['cabinet', ['phone', 'email', 'website', 'schedule']],
  ['unit', ['phone', 'email', 'website', 'schedule']],
];

export function findFieldLeaks(office: Office): string[] {
  const leaks: string[] = [];
  for (const [field, probes] of CHECKS) {
    const value = office[field];
    if (typeof value !== 'string') continue;
    const folded = foldForMatch(value);
    for (const key of probes) {
      const probe = PROBES[key];
      if (probe?.test(folded, value)) leaks.push(`${String(field)} holds ${probe.what}: «${value.slice(0, 80)}»`);
    }
  }
  if (office.hours && PROBES.email?.test('', office.hours.text)) leaks.push('hours hold an e-mail address');
  for (const r of office.receptions) {
    const folded = foldForMatch(r.text);
    if (PROBES.email?.test(folded, r.text) || PROBES.phone?.test(folded, r.text)) {
      leaks.push(`reception of ${r.who} holds contacts: «${r.text.slice(0, 80)}»`);
    }
  }
  return leaks;
}
