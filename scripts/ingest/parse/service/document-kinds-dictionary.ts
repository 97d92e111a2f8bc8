/**
 * Words that tell a required document from a conditional one or a remark in the lists of required
 * documents (clause 11-12 of the standards). Matched on text with Latin lookalikes folded, any case.
 */

/** Sentences of the list that are not documents: what happens to the papers, where the forms are. */
export const REMARKS: readonly RegExp[] = [
  // 002: `Құжаттардың түпнұсқалары мен көшірмелері тексеруге ұсынылады, одан кейін ... түпнұсқалары ... қайтарылады.`
  /түпнұсқа\p{L}*[^;]*қайтарыл/iu,
  // 000: `Орталықта өтініш нысандары күту залындағы арнайы тағанда орналастырылады.`
  /таған\p{L}*\s+орналастырыл/iu,
];

/**
 * `... жасай алмайтын жағдайда, ...` (002), `Егер ... сақталмаса - ...` (002): a stated circumstance. Not
 * inside brackets: `отбасы құрамы туралы мәлімет (мәліметті ... ұсынған жағдайда ...)` (002) says how
 * the paper is made, not who brings it.
 */
export const CIRCUMSTANCE = /^(?<condition>[^()]+?\sжағдайда)[,\s]|^(?<if>егер\s[^()]+?)\s+[-–—]\s/iu;

/** People a document is asked of (`Шетелдіктер ... ұсынады`, `Оралмандар ... ұсынады`, 002). */
const PERSON = String.raw`(?:шетелдіктер|азаматтығы\s+жоқ\s+(?:тұлғалар|адамдар)|оралмандар|асырап\s+алушылар|қорғаншылар|қамқоршылар)(?:\s*\([^)]*\))?`;
export const PERSONS_SUBMIT = new RegExp(
  String.raw`^(?<condition>${PERSON}(?:(?:\s*,\s*|\s+және\s+|\s+немесе\s+)${PERSON})*)\s[^;]*(?:ұсынады|тіркейді)[.;]?$`,
  'iu',
);

/** A plural dative of a category of people: `қатысушыларына`, `мүгедектерге`, `балаларға`, `тұлғаларға`. */
const DATIVE = String.raw`\S*(?:лар|лер|дар|дер|тар|тер)(?:ы|і)?(?:ға|ге|на|не|қа|ке)`;
/** The words a category of people is named with, so `... отбасыларға жәрдемақы` mid-sentence is no condition. */
export const PERSON_WORD = /мүгедек|қатысушы|тұлға|бала|зейнеткер|ардагер|оралман|шетелдік/iu;
/**
 * `Ұлы Отан соғысы қатысушыларына және Ұлы Отан соғысы мүгедектеріне теңестірілген тұлғаларға <document>`
 * (002): the category heads the entry, up to six words, and may go on with `және`, `немесе`, `, оның ішінде`.
 */
export const FOR_PERSONS = new RegExp(
  String.raw`^(?<condition>(?:\S+\s+){0,5}${DATIVE}(?:(?:\s*,\s*оның\s+ішінде|\s+және|\s+немесе)\s+(?:\S+\s+){0,5}${DATIVE})*)(?=[\s:])`,
  'iu',
);

/** `зейнеткерлік куәлік (зейнеткерлік жастағы тұлғалар үшін)` (002): the condition in brackets. */
export const BRACKETED_FOR = /\((?<condition>[^()]*(?:тұлға|адам|бала|мүгедек|оралман|шетелдік)[^()]*\sүшін)\)/iu;

/**
 * A heading over its own list: `... мекемелерге қабылдау үшін:` (004), `Сурдотехникалық құралдармен
 * қамтамасыз етуге:` (002). Which list applies depends on what the person applies for.
 */
export const PURPOSE_HEADING = /^(?<condition>.+?(?:\sүшін|\S(?:у|ю)ға|\S(?:у|ю)ге))\s*:$/iu;

/** `Мүгедектерге қосымша:` (002): documents the category brings in addition to the list. */
export const ADDITIONAL = /\sқосымша\s*:?$/iu;

/** `мүгедектер үшін қосымша:` (004 clause 12): a sub-heading inside a list, extra papers for the people it names. */
export const ADDITIONAL_FOR = /^(?<condition>.+?\sүшін)\s+қосымша\s*:?$/iu;

/**
 * `... үзінді көшірме негізінде жүзеге асырылады.` (004 clause 12): the list's closing words say admission
 * is made on the basis of the papers listed; they are no part of the last paper's name.
 */
export const PROCEDURE_TAIL = /\s+(?<tail>негізінде\s+жүзеге\s+асырылады\s*\.?)$/iu;
