/**
 * Words the tab-delimited office tables (000, 002) are read by. Patterns run on normalised text: the
 * normaliser has already folded 000's Latin `i` and `C` among Cyrillic letters (`бөлiмi`, `Cағат`).
 */

/** Header cells that open a header row: `Р/с №`, `№ Р/с`, `N`, `Мемлекеттік органның атауы`. */
export const HEADER_FIRST_CELL = /^(?:р\/с\s*№|№\s*р\/с|№|n)$|атауы$/iu;

/** Words only an office name (or a structural unit) contains. */
export const OFFICE_WORD =
  /бөлім|басқарма|әкім|аппарат|ХҚО|ХҚКО|орталы|филиал|мекеме|округ|департамент|министрл|комитет/iu;

/** Words that make a cell an address. */
export const ADDRESS_WORD =
  /көше|даңғыл|қаласы|ауылы|кенті|селосы|аудан|алаң|гүлзар|бульвар|квартал|мөлтек|облысы|(?<!\p{L})үй(?!\p{L})|н\/ж/iu;

/** A six-digit postcode, as 000 and 002 open their addresses: `020100, Ақкөл қаласы`. */
export const POSTCODE = /(?<!\d)\d{6}(?!\d)/u;

/** The labels a phone number carries: `тел.`, `тел/факс`, `Факс`; not `телефон` (a header word). */
export const PHONE_LABEL = /(?<!\p{L})(?:тел|факс)(?!\p{L})/iu;

/** Notes a phone cell may carry besides numbers: `40-10-63 қабылдау бөлмесi`. */
const PHONE_NOTE = /қабылдау бөлмесі|операциялық зал|тел|факс/giu;

/** A cell that is phone numbers and nothing else (digits, separators, labels, notes). */
export function isPhoneText(text: string): boolean {
  const rest = text.replace(PHONE_NOTE, '');
  return /\d{2}/u.test(rest) && /^[\d\s\-–(),.;:/+]*$/u.test(rest);
}

/** An e-mail or web address: `akkol_ozsp@mail.ru`, `www karaganda-akimat.kz`, `shahtinsk.kz`. */
export const CONTACT = /@|\bwww\b|\b[\w-]+\.(?:kz|ru|com|net|org|kz\.)\b/iu;

/** Words of a working schedule: `Сағат 9-00 бастап 18-00 дейiн`. */
export const HOURS_WORD = /сағат|сағ\.|дейін|бастап|демалыс|күндер/iu;

/** Words of a reception schedule: `Әкім: апта сайын сейсенбі ...; Орынбасары: ...`. */
export const RECEPTION_WORD = /әкім|орынбасар|сағ\.|апта сайын|айдың/iu;

/** A printed row number: `1`, `12`, `12.`. */
export const ROW_NUMBER = /^(\d{1,3})\.?$/u;
