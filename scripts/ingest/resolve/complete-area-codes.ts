import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Office, OfficeRow, Phone } from '../../../src/schemas/office.ts';
import { diagnostic } from '../diagnostics.ts';
import { parsePhones } from '../parse/fields/parse-phones.ts';
import type { Diagnostic } from '../types.ts';
import { CITY_AREA_CODES_FILE, type CityAreaCodes, NO_CITY_AREA_CODES } from './city-area-codes.ts';
import { placeKey } from './geocode/place-key.ts';
import { type PhoneGap, phoneGapOf } from './phone-gaps.ts';

/** Where a code was seen: the code and the number that shows it. */
interface Evidence {
  code: string;
  raw: string;
  file: string;
  line: number;
}

/** `25-77-16`: a bare subscriber number, as 000 appendices 2, 3 and 5 write them. */
const BARE = /^\d[\d\s-]*\d$/u;

/**
 * One key per town whatever the spelling: `Петропавл` (Kazakh) and `Петропавловск` (Russian),
 * `Карағанды` and `Қарағанды`, `Степногор` and `Степногорск` meet (placeKey folds the letters, the
 * Russian `-(ов)ск` ending goes).
 */
export function townKey(name: string): string {
  return placeKey(name).replace(/(?:ov)?sk$/u, '');
}

/**
 * The towns an office may be in, within its region (a village may share a city's name elsewhere): its
 * settlement, the city its district is (`Қызылорда қаласы`), the city a city-region names (`Астана қаласы`).
 */
function townsOf(office: Pick<OfficeRow, 'settlement' | 'district' | 'region'>): string[] {
  const names = [
    office.settlement,
    /^(.+)\sқаласы$/u.exec(office.district ?? '')?.[1],
    /^(.+)\sқаласы$/u.exec(office.region)?.[1],
  ];
  return [...new Set(names.filter((n): n is string => !!n).map((n) => `${townKey(n)}|${office.region}`))];
}

/** A row's place in its act (`000_….txt:194`): how an office names the rows it was merged from. */
const rowKey = (at: { file: string; line: number }) => `${at.file}:${at.line}`;

/**
 * The area codes a row's numbers name as its act writes them (`8-72633 2-23-28` -> `72633`), cited by the
 * row. Read from the rows before merging: a merged office shows one act's spelling of a shared number
 * (001's `8-72822 1-04-91` for 000's `8-7282 210491`), so its code would depend on which acts are read.
 */
function rowCodes(row: OfficeRow): Evidence[] {
  const at = row.sources[0];
  if (!at) return [];
  return row.phones.flatMap((phone) => {
    const code = phone.number ? parsePhones(phone.raw, at).areaCode : null;
    return code && phone.number?.startsWith(`+7${code}`)
      ? [{ code, raw: phone.raw, file: at.file, line: at.line }]
      : [];
  });
}

/**
 * Town and act -> code -> the first row that shows it, which a completed number cites. A number written without a code takes
 * one from its own act only (issue 19: no record moves because another act is missing, damaged or spelled
 * otherwise); across acts, only the reviewed table of city codes completes it.
 */
function codesByTown(rows: readonly (readonly [OfficeRow, Evidence[]])[]): Map<string, Map<string, Evidence>> {
  const map = new Map<string, Map<string, Evidence>>();
  for (const [row, own] of rows) {
    for (const town of townsOf(row)) {
      for (const e of own) {
        const key = `${town}|${e.file}`;
        const byCode = map.get(key) ?? new Map<string, Evidence>();
        if (!byCode.has(e.code)) byCode.set(e.code, e);
        map.set(key, byCode);
      }
    }
  }
  return map;
}

const fitting = (codes: Iterable<Evidence>, digits: string) =>
  [...new Map([...codes].map((e) => [e.code, e])).values()].filter((e) => e.code.length + digits.length === 10);

/**
 * The reviewed table's code for an office written without one: the city the office is in (within its
 * region), or the city its district is administered from; only when code and number make ten digits.
 */
function tableCode(office: Office, digits: string, table: CityAreaCodes) {
  const towns = new Set(townsOf(office));
  return table.cities.find(
    (c) =>
      c.region === office.region &&
      c.subscriberDigits === digits.length &&
      (towns.has(`${townKey(c.city)}|${c.region}`) ||
        (office.district !== null && c.districts.includes(office.district))),
  );
}

/**
 * Numbers written without an area code (000 appendix 2: `25-77-16`) get a code from their own act: the
 * office's own row first (a code its other numbers name), else the code other offices of its town show in
 * the same act, when exactly one of the right length fits and libphonenumber accepts the result; else the
 * reviewed table of city codes. The phone's `areaCode` says where the code came from. Never invents
 * digits: every number left without E.164 gets one diagnostic with its reason (see phone-gaps.ts), and
 * `gaps` counts them per reason for the ingest summary.
 */
export function completeAreaCodes(
  offices: readonly Office[],
  table: CityAreaCodes = NO_CITY_AREA_CODES,
  /** The rows the offices were merged from (an unmerged office is its own row). */
  rows: readonly OfficeRow[] = offices,
): {
  offices: Office[];
  diagnostics: Diagnostic[];
  gaps: Record<PhoneGap, number>;
} {
  const diagnostics: Diagnostic[] = [];
  const gaps = {} as Record<PhoneGap, number>;
  // Each row's numbers parsed once, for its town's codes and for its own office.
  const rowsWithCodes = rows.map((r) => [r, rowCodes(r)] as const);
  const byTown = codesByTown(rowsWithCodes);
  const codesOfRow = new Map(
    rowsWithCodes.flatMap(([r, codes]) => (r.sources[0] ? [[rowKey(r.sources[0]), codes]] : [])),
  );
  const out = offices.map((office) => {
    const at = office.sources[0] ?? { file: 'unknown', line: null };
    const codes = office.sources.flatMap((s) => codesOfRow.get(rowKey(s)) ?? []);
    let changed = false;
    const phones = office.phones.map((phone): Phone => {
      if (phone.number !== null) return phone;
      // The phone's own act: the first file that lists it (a merged number is listed by each of its acts).
      const act = phone.sources?.[0]?.file ?? at.file;
      const own = codes.filter((e) => e.file === act);
      const gap = (reason: PhoneGap, why: string) => {
        gaps[reason] = (gaps[reason] ?? 0) + 1;
        diagnostics.push(diagnostic('warning', 'phone-no-e164', `${reason}: «${phone.raw}» ${why}`, at));
        return phone;
      };
      if (!BARE.test(phone.raw) || phone.raw.replace(/\D/gu, '').length > 8) {
        const why = phoneGapOf(phone.raw);
        return gap(why.reason, why.detail);
      }
      const digits = phone.raw.replace(/\D/gu, '');
      // `211535` (003 line 529) next to the row's own `8-72633 2-23-28`: the row's exchange, not Taraz's 7263.
      // Otherwise the codes other offices of its town show in the same act, each cited by its first row.
      const town =
        own.length > 0 ? [] : townsOf(office).flatMap((t) => [...(byTown.get(`${t}|${act}`)?.values() ?? [])]);
      const fits = fitting(own.length > 0 ? own : town, digits);
      const only = fits.length === 1 ? fits[0] : undefined;
      const number = only ? parsePhoneNumberFromString(`+7${only.code}${digits}`, 'KZ') : undefined;
      if (own.length > 0 && fits.length === 0) {
        return gap(
          'own-code-does-not-fit',
          `has ${digits.length} digits; the row's code ${own[0]?.code} needs ${10 - (own[0]?.code.length ?? 0)}`,
        );
      }
      if (fits.length > 1)
        return gap('ambiguous-code', `fits ${fits.map((f) => f.code).join(', ')}, all seen in its town`);
      // No row of the data shows a code that fits: the reviewed table of city codes, cited by its source.
      const city = own.length === 0 && fits.length === 0 ? tableCode(office, digits, table) : undefined;
      const fromTable = city ? parsePhoneNumberFromString(`+7${city.code}${digits}`, 'KZ') : undefined;
      if (city && fromTable?.isValid()) {
        changed = true;
        return {
          ...phone,
          number: fromTable.number,
          areaCode: {
            code: city.code,
            from: 'city-table',
            source: { file: CITY_AREA_CODES_FILE, line: 1 },
            reference: table.source,
          },
        };
      }
      if (!only)
        return gap(
          'no-code-in-data',
          `has ${digits.length} digits; no ${10 - digits.length}-digit code seen for its town (${office.settlement ?? office.district ?? office.region})`,
        );
      if (!number?.isValid()) return gap('invalid-number', `with code ${only.code} is not a valid number`);
      changed = true;
      // Shown to citizens next to the number, with the row the code was read from (as structure: the page
      // names the act and line, the open data the file and line).
      const areaCode = {
        code: only.code,
        from: own.length > 0 ? ('same-office' as const) : ('same-town' as const),
        raw: only.raw,
        source: { file: only.file, line: only.line },
      };
      return { ...phone, number: number.number, areaCode };
    });
    return changed ? { ...office, phones } : office;
  });
  return { offices: out, diagnostics, gaps };
}
