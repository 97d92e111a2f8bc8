/** The region a table title names, for an act whose head names none. */

// `Алматы облысының аудандық, қалалық ...`, `Ақмола облысының аудандық (қалалық) ...` -> `... облысы`.
const REGION_IN_TITLE = /(\p{Lu}\p{L}+)\s+облыс(?:ының|ы)/u;

export function regionFromTitle(title: string): string | null {
  const match = REGION_IN_TITLE.exec(title);
  return match?.[1] ? `${match[1]} облысы` : null;
}
