/**
 * The figures `npm run ingest` prints about the facts a citizen acts on (issue 13): phones without E.164
 * and why, settlement fallbacks, contacts not linked, points by precision. Pure: records in, totals out.
 */
import type { Office } from '../../../src/schemas/office.ts';
import type { Diagnostic } from '../types.ts';
import { PHONE_GAPS, type PhoneGap } from './phone-gaps.ts';

export function officeFigures(
  offices: readonly Office[],
  gaps: Partial<Record<PhoneGap, number>>,
  diagnostics: readonly Diagnostic[],
): Record<string, number> {
  const phones = offices.flatMap((o) => o.phones);
  const unlinked = offices.flatMap((o) => o.unlinkedContacts ?? []);
  const count = (code: string) => diagnostics.filter((d) => d.code === code).length;
  const figures: Record<string, number> = {
    'phones:all': phones.length,
    'phones:without-e164': phones.filter((p) => p.number === null).length,
  };
  for (const reason of PHONE_GAPS) figures[`phones:without-e164:${reason}`] = gaps[reason] ?? 0;
  Object.assign(figures, {
    // Rows (not offices): the address names a bare word taken as the settlement.
    'settlements:bare-name-rows': count('settlement-bare-name'),
    'settlements:none': offices.filter((o) => o.settlement === null).length,
    'settlements:not-in-gazetteer': count('geocode-not-in-gazetteer'),
    'settlements:rejected-match': count('geocode-wrong-region') + count('geocode-doubtful'),
    'links:websites': offices.reduce((n, o) => n + o.websites.length, 0),
    'links:emails': offices.reduce((n, o) => n + o.emails.length, 0),
    'links:unlinked-websites': unlinked.filter((c) => c.kind === 'website').length,
    'links:unlinked-emails': unlinked.filter((c) => c.kind === 'email').length,
  });
  for (const precision of ['settlement', 'district', 'region', 'none'] as const) {
    figures[`points:${precision}`] = offices.filter((o) => (o.location?.precision ?? 'none') === precision).length;
  }
  return figures;
}
