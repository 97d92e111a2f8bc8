/**
 * Words the column-broken tables (001) are recognised by. Every pattern runs on `squash(text)` (no
 * spaces, lower case), so `б а ғ д а р л а м а л а р` and `бағдарламалар` match alike.
 */

/** Title phrases (found in the title, or in the first lines when the segmenter leaves the title there). */
export const DEPARTMENT_TITLES = ['бағдарламалар бөлімдері'];
export const RURAL_AKIM_TITLES = ['кенттік, ауылдық әкімдіктер'];
export const PSC_TITLES = ['халыққа қызмет көрсету орталықтарының'];

/** Column headers, each cell broken over short lines (`Уәкілетті органның` / `атауы`); the address header tells departments from rural akims. */
export const DEPARTMENT_HEADERS = ['уәкілетті органның атауы', 'мекенжайы (қала, аудан, көше, үйдің'];
export const RURAL_AKIM_HEADERS = ['уәкілетті органның атауы', 'мекенжайы (қала, аудан, кент, көше, үйдің'];
export const PSC_HEADERS = ['халыққа қызмет көрсету орталықтарының ресми атауы'];

/**
 * Header blocks, repeated at page breaks: `№ р/ с`, `Уәкілетті органның атауы`, `Қала коды және
 * телефон нөмірі`, `Ж ұ м ы с  кестесі`, `1 2 3 4 5`, and the title itself when it is left in the lines.
 */
export const HEADER_BLOCK =
  /^№|^12345$|^уәкілеттіорганның|атауы$|мекенжайы\)$|мекен-жайы$|телефоннөмірі$|жұмыскестесі$|бөлімдері$|әкімдіктер$|тізімі$|^\d+-қосымша$/u;

/** The column-number row that opens every page of the table. */
export const COLUMN_NUMBERS = /^12345$/u;

/** The next appendix's heading when the segment runs on into it: `"Мүгедектерді ... регламентіне`. */
export const TRAILER_WORD = /регламент|қосымша/u;

/**
 * The working-schedule cell: `Демалыс және мереке күндерін қоспағанда ... сағат 9-00 бастап`. Not `жұма`
 * or `сенбі` alone: they hide in street names (`Жұмабаев`).
 */
export const HOURS_WORD =
  /демалыс|мереке|қоспағанда|аптасына|сағат|бастап|дейін|үзіліс|түскі|республика|жылғы|заңына|сәйкес|дүйсенбі|жексенбі/u;

/** Words of a department name: `Ақсу ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі`. */
export const DEPARTMENT_NAME_WORD = /бөлім|жұмыспен|қамту|бағдарлама|әлеуметтік|ауданының|қаласының/u;

/** Words of a service-centre name: `Ақсу аудандық филиалы РММ "Алматы облысының халыққа қызмет ...`. */
export const PSC_NAME_WORD = /филиал|орталығы|аудандық|қалалық|облысының|халыққа|көрсету|рмм/u;

/** Where a rural akim's name ends: `... селолық округ аудан әкімінің аппараты`, `Уштобе қаласының әкімдігі`. */
export const RURAL_NAME_END = /(?:округ|аппараты|әкімдігі)(?:\s+аудан)?(?:\s+әкімінің)?(?:\s+аппараты)?/u;

/** A district heading of the rural-akim tables: `Ақсу ауданы`, `Қапшагай қаласы` on a line of its own. */
export const DISTRICT_HEADING = /^(\p{Lu}[\p{L}-]*(?:\s\p{L}[\p{L}-]*)?)\s(ауданы|қаласы)$/u;

/** The district a name is of: `Ақсу ауданының ...` -> `Ақсу ауданы`, `Ақсу аудандық филиалы` too. */
export const NAME_DISTRICT = /^(.+?)\s(аудан|қала)(?:ының|сының|дық|лық)(?!\p{L})/u;
