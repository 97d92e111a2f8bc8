/**
 * Kazakh words that mark the structure of an act. All patterns run on squashed keys (see line-keys.ts):
 * no whitespace, Latin `i` folded to `і`, lower case.
 */

/** Approval stamp closers: `қаулысымен бекітілген` (000, 001, 003), `бекітілген` (004), `БЕКІТІЛДІ` (002). */
export const STAMP_APPROVED = /^(?:қаулысымен)?бекітілген$|^бекітілді$/u;
/** The line before a bare `бекітілген` must end the stamp's reference: `N А-6/342 қаулысымен`. */
export const STAMP_DECREE = /қаулысымен$/u;

/**
 * Lines that make up the stamp above its closer: the issuer in the genitive (`Алматы облысы
 * әкімдігінің`, `Үкiметiнiң`), `Қазақстан Республикасы`, the date (`2011 жылғы 7 сәуiрдегi`) and the
 * number (`№ 394 қаулысымен`).
 */
export const STAMP_PART = [
  /(?:әкімдігінің|әкімиятының|үкіметінің)$/u,
  /республикасы$/u,
  /^\d{4}жылғы/u,
  /^(?:n|№)\S*қаулысымен$/u,
  /қаулысымен$/u,
];

/**
 * An appendix heading ends with its marker: `стандартына 1-қосымша`, `регламентіне 4-қосымша`, `N 1
 * қосымша`, `N 2-қосымша`, `Стандарттың N 1 қосымша`, or the bare `2-қосымша` under a wrapped heading.
 * The word before the number, when there is one, names the document, so body sentences ending in
 * `... қосымша` (004 line 263) or `1-қосымшасына` never match.
 */
export const APPENDIX_MARKER = /^(?<lead>.*?)(?:n|№)?(?<number>\d{1,2})-?қосымша\.?$/u;
export const APPENDIX_LEAD = /(?:^|стандартына|стандартқа|стандарттың|регламентіне)$/u;
/** Headings are short; a longer line ending in a marker is a wrapped body sentence. */
export const APPENDIX_MARKER_MAX_LENGTH = 80;

/** The name quoted in a title or heading: `"..."` or `«...»`. */
export const QUOTED_NAME = /["«“„](?<name>[^"»”“]+)["»”“]/u;

/** Document kind words in a title: `мемлекеттік қызметінің регламенті`, `... қызмет стандарты`. */
export const REGULATION_WORD = /регламент/u;
export const STANDARD_WORD = /стандарт/u;

/**
 * The words of a title that are not the service name, for titles without quotes (003: `Мемлекеттік
 * қызмет көрсетудің стандарты Мемлекеттік атаулы әлеуметтік көмек тағайындау 1. Жалпы ережелер`).
 */
export const UNQUOTED_TITLE_PREFIX = /^мемлекеттік\s+қызмет\s+көрсетудің\s+(?:стандарты|регламенті)\s+/iu;
/** A section heading glued to the end of a title line (003): `... тағайындау 1. Жалпы ережелер`. */
export const GLUED_SECTION = /\s+(?<heading>\d+\.\s+\p{Lu}[^.]*)$/u;

/** The clause of the act head that approves the documents: `1. Қоса беріліп ... бекітілсін:`. */
export const APPROVAL_CLAUSE = /бекітілсін/u;
/** One approved document listed under it: `1) ...`, `12) ...`. */
export const LISTED_ITEM = /^\s*\d{1,2}\)\s/u;
