/**
 * One office from the rows that are it: every field takes the value of the most recent act (act dates:
 * 001 = 2012, 000 = 2011, 002/003/004 = 2008; within an act, the first row), and every other value
 * the rows give is kept as an alternative with the rows that give it. Nothing is dropped.
 */
import type { Alternative, Office, OfficeRow, Phone } from '../../../../src/schemas/office.ts';
import type { Flag } from '../../../../src/schemas/source.ts';
import { foldKazakh } from './office-keys.ts';

type Source = OfficeRow['sources'][number];

/** Act id -> ISO date of the act, e.g. `{ '2012-349': '2012-06-18' }`. */
export type ActDates = Readonly<Record<string, string>>;

const bySource = (a: Source, b: Source) => a.file.localeCompare(b.file) || a.line - b.line;

/** Most recent act first; within an act, source order. */
export function byRecency(actDates: ActDates): (a: OfficeRow, b: OfficeRow) => number {
  const date = (r: OfficeRow) => actDates[r.sources[0]?.act ?? ''] ?? '';
  return (a, b) => date(b).localeCompare(date(a)) || bySource(a.sources[0] as Source, b.sources[0] as Source);
}

interface Valued {
  key: string;
  value: string;
  sources: Source[];
}

/** Groups the rows' values by a comparison key, in row order: the first group is the value shown. */
function valuesOf(rows: readonly OfficeRow[], read: (r: OfficeRow) => { key: string; value: string }[]): Valued[] {
  const groups: Valued[] = [];
  for (const row of rows) {
    for (const { key, value } of read(row)) {
      const group = groups.find((g) => g.key === key);
      if (group) group.sources.push(...row.sources);
      else groups.push({ key, value, sources: [...row.sources] });
    }
  }
  return groups;
}

const spacing = (text: string) => foldKazakh(text).replace(/ /g, '');
const phoneKey = (p: Phone) => p.number ?? p.raw.replace(/\D/g, '');

function scalar(
  rows: readonly OfficeRow[],
  field: 'name' | 'district' | 'settlement' | 'postcode' | 'address' | 'head' | 'cabinet' | 'unit',
) {
  const groups = valuesOf(rows, (r) => {
    const v = r[field];
    // Names keep every spelling another act gives (`Бұланды`/`Буланды`): only case and spacing are ignored.
    return v ? [{ key: field === 'name' ? v.toLowerCase().replace(/\s+/gu, '') : spacing(v), value: v }] : [];
  });
  const shown = groups[0]?.value ?? null;
  return { shown, alternatives: groups.slice(1).map((g) => ({ field, value: g.value, sources: g.sources })) };
}

/** Lists (e-mails, websites, phones, receptions) come whole from the first row that has any. */
function listLead<T>(rows: readonly OfficeRow[], read: (r: OfficeRow) => readonly T[]): OfficeRow | undefined {
  return rows.find((r) => read(r).length > 0);
}

function listField(
  rows: readonly OfficeRow[],
  field: 'emails' | 'websites',
): { shown: string[]; alternatives: Alternative[] } {
  const lead = listLead(rows, (r) => r[field]);
  const shown = lead ? [...lead[field]] : [];
  const groups = valuesOf(rows, (r) => r[field].map((v) => ({ key: v.toLowerCase(), value: v })));
  const alternatives = groups
    .filter((g) => !shown.some((s) => s.toLowerCase() === g.key))
    .map((g) => ({ field, value: g.value, sources: g.sources }));
  return { shown, alternatives };
}

function phonesField(rows: readonly OfficeRow[]): { shown: Phone[]; alternatives: Alternative[] } {
  const lead = listLead(rows, (r) => r.phones);
  const groups = valuesOf(rows, (r) => r.phones.map((p) => ({ key: phoneKey(p), value: p.number ?? p.raw })));
  const sourcesOf = (p: Phone) => groups.find((g) => g.key === phoneKey(p))?.sources ?? [];
  const shown = (lead?.phones ?? []).map((p) => ({ ...p, sources: dedupe(sourcesOf(p)) }));
  const leadKeys = new Set(shown.map(phoneKey));
  // An older act's fax stays a fax: the alternative keeps the type the row gives (issue 13).
  const typeOf = new Map<string, Phone['type']>();
  for (const p of rows.flatMap((r) => r.phones)) if (!typeOf.has(phoneKey(p))) typeOf.set(phoneKey(p), p.type);
  const alternatives = groups
    .filter((g) => !leadKeys.has(g.key))
    .map((g) => ({ field: 'phones', value: g.value, type: typeOf.get(g.key) ?? 'phone', sources: g.sources }));
  return { shown, alternatives };
}

function hoursField(rows: readonly OfficeRow[]) {
  const groups = valuesOf(rows, (r) =>
    r.hours ? [{ key: r.hours.osm ?? spacing(r.hours.text), value: r.hours.text }] : [],
  );
  const shown = rows.find((r) => r.hours)?.hours ?? null;
  return { shown, alternatives: groups.slice(1).map((g) => ({ field: 'hours', value: g.value, sources: g.sources })) };
}

function receptionsField(rows: readonly OfficeRow[]) {
  const text = (r: OfficeRow) => r.receptions.map((x) => `${x.who}: ${x.text}`).join('; ');
  const groups = valuesOf(rows, (r) => (r.receptions.length ? [{ key: spacing(text(r)), value: text(r) }] : []));
  const lead = listLead(rows, (r) => r.receptions);
  return {
    shown: lead ? [...lead.receptions] : [],
    alternatives: groups.slice(1).map((g) => ({ field: 'receptions', value: g.value, sources: g.sources })),
  };
}

/** Unlinkable contacts of every row, once each: a broken address in an older act still tells something. */
function unlinkedOf(rows: readonly OfficeRow[]): NonNullable<Office['unlinkedContacts']> {
  const seen = new Map<string, NonNullable<Office['unlinkedContacts']>[number]>();
  for (const c of rows.flatMap((r) => r.unlinkedContacts ?? [])) seen.set(`${c.kind}|${c.raw}`, c);
  return [...seen.values()];
}

function dedupe(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return [...sources].sort(bySource).filter((s) => {
    const k = `${s.file}:${s.line}:${s.appendix}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function flagsOf(rows: readonly OfficeRow[]): Flag[] {
  const seen = new Set<string>();
  return rows
    .flatMap((r) => r.flags)
    .filter((f) => {
      const k = `${f.code}|${f.message}|${f.sources.map((s) => `${s.file}:${s.line}`).join(',')}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
}

/** `rows` in any order; `id` decided by the caller (office-ids.ts). */
export function buildMergedOffice(id: string, rows: readonly OfficeRow[], actDates: ActDates): Office {
  const sorted = [...rows].sort(byRecency(actDates));
  const lead = sorted[0];
  if (!lead) throw new Error(`office ${id} has no rows`);
  const fields = {
    name: scalar(sorted, 'name'),
    district: scalar(sorted, 'district'),
    settlement: scalar(sorted, 'settlement'),
    postcode: scalar(sorted, 'postcode'),
    address: scalar(sorted, 'address'),
    head: scalar(sorted, 'head'),
    cabinet: scalar(sorted, 'cabinet'),
    unit: scalar(sorted, 'unit'),
  };
  const phones = phonesField(sorted);
  const emails = listField(sorted, 'emails');
  const websites = listField(sorted, 'websites');
  const hours = hoursField(sorted);
  const receptions = receptionsField(sorted);
  const alternatives: Alternative[] = [
    ...Object.values(fields).flatMap((f) => f.alternatives),
    ...phones.alternatives,
    ...emails.alternatives,
    ...websites.alternatives,
    ...hours.alternatives,
    ...receptions.alternatives,
  ].map((a) => ({ ...a, sources: dedupe(a.sources) }));
  return {
    id,
    kind: lead.kind,
    name: fields.name.shown ?? lead.name,
    legalName: sorted.find((r) => r.name === fields.name.shown)?.legalName ?? lead.legalName ?? lead.name,
    region: lead.region,
    district: fields.district.shown,
    settlement: fields.settlement.shown,
    postcode: fields.postcode.shown,
    address: fields.address.shown,
    phones: phones.shown,
    emails: emails.shown,
    websites: websites.shown,
    unlinkedContacts: unlinkedOf(sorted),
    hours: hours.shown,
    receptions: receptions.shown,
    head: fields.head.shown,
    cabinet: fields.cabinet.shown,
    unit: fields.unit.shown,
    location: sorted.find((r) => r.location)?.location ?? null,
    flags: flagsOf(sorted),
    sources: dedupe(sorted.flatMap((r) => r.sources)),
    alternatives,
    services: [],
    roles: [],
    placeId: null,
  };
}
