/**
 * Words the acts add to office names that do not tell two offices apart: legal form, the parent body,
 * the long department title. Written in the folded spelling of `foldKazakh` (ұ -> у, қ -> к, і -> и, ...).
 */

/** A whole-word pattern over folded text (`\b` does not see Cyrillic letters as word characters). */
export function words(alternatives: string): RegExp {
  return new RegExp(`(?<![а-яa-z0-9])(?:${alternatives})(?![а-яa-z0-9])`, 'g');
}

/** Dropped from every name key: `"Абай ауданының ..." мемлекеттік мекемесі` (002), `... ММ` (003). */
export const NAME_FILLERS: readonly RegExp[] = [
  words('ари карай мм'), // 003: `мемлекеттік мекемесі (әрі қарай ММ)`
  words('мемлекеттик мекемеси'),
  words('р?мм'),
  // 003 and 000 (Қостанай) put the akimat in: `Байзақ ауданының әкімиятының жұмыспен қамту ... бөлімі`.
  words('акимиятынын|акимдигинин'),
];

/** Dropped from rural akims' names only: `Жансүгіров кенттік округ аудан әкімінің аппараты` (001). */
export const RURAL_FILLERS: readonly RegExp[] = [
  words('(?:аудан )?аким(?:инин|нин|и)? аппараты'),
  words('аппараты|акимдиги'),
];

/** The endings of a district or city name (`Ақкөл ауданы`, `Көкшетау қаласы`) and their forms in names. */
export const PLACE_WORD =
  /^(аудан|ауданы|ауданынын|аудандык|ауданындагы|кала|каласы|каласынын|калалык|облысы|облысынын|облыстык)$/;
