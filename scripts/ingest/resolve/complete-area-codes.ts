import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Office, Phone } from '../../../src/schemas/office.ts';
import { diagnostic } from '../diagnostics.ts';
import { parsePhones } from '../parse/fields/parse-phones.ts';
import type { Diagnostic } from '../types.ts';

/** Where a city's code was seen: the code and the number that shows it. */
interface Evidence {
  code: string;
  raw: string;
  file: string;
  line: number;
}

/** `25-77-16`: a bare subscriber number, as 000 appendices 2, 3 and 5 write them. */
const BARE = /^\d[\d\s-]*\d$/u;

/**
 * The town an office is in, within its region (a village may share a city's name elsewhere): its
 * settlement, or the city a city-region names (`Астана қаласы`).
 */
function cityOf(office: Office): string | null {
  const city = office.settlement ?? /^(.+)\sқаласы$/u.exec(office.region)?.[1] ?? null;
  return city ? `${city} (${office.region})` : null;
}

/** City -> codes seen in complete numbers whose raw text names the code (`8-7162 31-92-76`), per file. */
function codesByCity(offices: readonly Office[]): Map<string, Map<string, Evidence[]>> {
  const map = new Map<string, Map<string, Evidence[]>>();
  for (const office of offices) {
    const city = cityOf(office);
    const at = office.sources[0];
    if (!city || !at) continue;
    for (const phone of office.phones) {
      if (!phone.number) continue;
      const code = parsePhones(phone.raw, at).areaCode;
      if (!code || !phone.number.startsWith(`+7${code}`)) continue;
      const codes = map.get(city) ?? new Map<string, Evidence[]>();
      const seen = codes.get(code) ?? [];
      if (!seen.some((e) => e.file === at.file)) seen.push({ code, raw: phone.raw, file: at.file, line: at.line });
      codes.set(code, seen);
      map.set(city, codes);
    }
  }
  return map;
}

/**
 * Numbers written without an area code (000 appendix 2: `25-77-16`) get the code of the office's city
 * when the same data shows it elsewhere (another office in `Көкшетау қаласы` with `8-7162 …`) and only
 * one code of the right length fits; otherwise they stay `number: null` with a diagnostic. The phone's
 * note records where the code came from. Never invents digits.
 */
export function completeAreaCodes(offices: readonly Office[]): { offices: Office[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const byCity = codesByCity(offices);
  const out = offices.map((office) => {
    const at = office.sources[0] ?? { file: 'unknown', line: null };
    const city = cityOf(office);
    let changed = false;
    const phones = office.phones.map((phone): Phone => {
      if (phone.number !== null || !BARE.test(phone.raw)) return phone;
      const digits = phone.raw.replace(/\D/gu, '');
      // Evidence from the office's own file first, so damage to another file never rewrites this note.
      const fits = [...(city ? (byCity.get(city)?.values() ?? []) : [])]
        .map((seen) => seen.find((e) => e.file === at.file) ?? (seen[0] as Evidence))
        .filter((e) => e.code.length + digits.length === 10);
      const only = fits.length === 1 ? fits[0] : undefined;
      const number = only ? parsePhoneNumberFromString(`+7${only.code}${digits}`, 'KZ') : undefined;
      if (!only || !number?.isValid()) {
        const why = fits.length > 1 ? `${fits.length} codes fit` : `no ${10 - digits.length}-digit code seen`;
        diagnostics.push(
          diagnostic('warning', 'phone-area-code-unknown', `«${phone.raw}» (${city ?? 'no city'}): ${why}`, at),
        );
        return phone;
      }
      changed = true;
      // Shown to citizens next to the number: Kazakh, and naming the row the code was read from.
      const source = `қала коды ${only.code} осы қаладағы басқа нөмірден алынды («${only.raw}», ${only.file}:${only.line})`;
      return { ...phone, number: number.number, note: [phone.note, source].filter(Boolean).join('; ') };
    });
    return changed ? { ...office, phones } : office;
  });
  return { offices: out, diagnostics };
}
