/**
 * Words and patterns of the delimiter-less office tables of 003 (Zhambyl) and 004 (Akmola), where every
 * cell is a hard-wrapped paragraph. Each pattern is built from named parts; tests run them on the real rows.
 */

/** Not preceded / followed by a letter: `\b` does not see Cyrillic letters. */
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}])';

/** Settlement and street words that only an address cell holds (`Сарыкемер ауылы, Байзақ батыр көшесі`). */
const ADDRESS_WORDS = [
  'ауылы',
  'қаласы',
  'көшесі',
  'кабинет',
  'алаңы',
  'ауданы',
  'селосы',
  'кенті',
  'ықшам',
  'даңғылы',
];
export const ADDRESS_WORD = new RegExp(`${START}(?:${ADDRESS_WORDS.join('|')})${END}`, 'u');

/**
 * How an office name cell ends: `бөлімі" ММ`, `бөлімі» мемлекеттік мекемесі" (әрі қарай ММ)`. A paragraph
 * that a page break cut off from its name (`қамту және әлеуметтік бағдарламалар бөлімі" ММ`) ends the same way.
 */
const NAME_TAIL_PARTS = ['бөлімі["»]', 'мекемесі', `${START}ММ\\)?$`, 'әрі қарай'];
export const NAME_TAIL = new RegExp(NAME_TAIL_PARTS.join('|'), 'u');

/** A phone at the start of a cell: `8-7262-345124`, `8(71643)-4-28-07`, `8-(716-36)-4-27-68`, `87263461437`. */
const TRUNK = '\\+?8';
const AREA = '\\s*-?\\s*\\(?\\s*7\\d';
export const PHONE_START = new RegExp(`^${TRUNK}${AREA}`, 'u');
/** The same anywhere in a one-line akimat row (`... Достық алаңы, 3 8-7262-454814 430846 www.gorakim.kz`). */
export const PHONE_ANYWHERE = new RegExp(`${START}8-?7\\d{3,4}-?\\d`, 'u');

/** Marks of an e-mail or website, tested on the squashed text so `z e r _ c z @` and `o n l i n e . k z` count. */
export const CONTACT_MARK = /@|www\.|https?:|\.(?:kz|ru|com|net|org)(?![a-z])/u;

/** A token of a phone list: digits, dashes, brackets, commas (`8-(71638)-2-10-48`, `342879`, `2`). */
export const PHONE_TOKEN = /^[\d()+\-–,;.]*\d[\d()+\-–,;.]*$/u;

/** Schedules written into other cells: 003 after the head's name, 004 after the address. */
export const WORK_SCHEDULE_003 = /Жұмыс\s+және\s+қабылдау\s+кестесі/u;
export const RECEPTION_SCHEDULE_004 = /азаматтарды\s+қабылдау\s+кестесі/u;

/** `14 кабинет N 201` -> cabinet `201`; the street number before it stays in the address. */
export const CABINET = /[\s,]*кабинет\s*N\s*(?<cabinet>\d+[\p{L}]?)\s*$/u;

/** Where an akimat's name ends in a one-line row: `Байзақ ауданының әкімияты Сарыкемер ауылы, ...`. */
export const AKIMAT_NAME_END = new RegExp(`әкімияты${END}`, 'u');

/** A district or city named in an office name: `"Байзақ ауданының`, `Т.Рысқұлов ауданының`, `Тараз қаласы`. */
const PLACE_WORDS = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*";
export const DISTRICT_IN_NAME = new RegExp(`(?<place>${PLACE_WORDS})\\s+(?<kind>ауданы|қаласы)(?:ның)?${END}`, 'u');

/**
 * Lines of the next document or appendix heading that a segment may still carry after the last row
 * (003:544 `Ж а м б ы л  о б л ы с ы ... қаулысымен бекітілген`, 004:641-647 `... с т а н д а р т ы н а` +
 * `2-қосымша`, one paragraph).
 * Tested on the squashed, lower-cased paragraph.
 */
export const TRAILER = /қаулысыменбекітілген|стандартына|стандарттың(?:n)?\d+қосымша|(?<!\d)\d+-?қосымша/u;

/** Header words of these tables (`№ Атауы Меңгерушінің аты-жөні Мекен жай, кабинеті`, `N р/с`). */
export const HEADER_WORD =
  /№|р\/с|атауы|атаулары|мекен|байланыс|телефон|почта|веб-сайты|кабинеті|деректері|аты-ж|меңгеруші|кестелері/u;

/** Title phrases of the department tables: `... бөлімдері байланыс деректері` (003), `... бөлімдерінің ...` (004). */
export const DEPARTMENT_TITLES = ['бөлімдері байланыс деректері', 'бөлімдерінің байланыс деректері'];

/** Title phrase of the akimat tables (003: `Аудандар мен Тараз қаласының әкімияттарының байланыс деректері`). */
export const AKIMAT_TITLES = ['әкімияттарының байланыс деректері'];
/** The department title also names `әкімияттарының` (`... қаласы әкімияттарының жұмыспен қамту ... бөлімдері`). */
export const NOT_AKIMAT_TITLES = ['бөлімдері байланыс', 'бөлімдерінің байланыс'];
