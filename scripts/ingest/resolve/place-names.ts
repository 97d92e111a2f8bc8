/**
 * What a rural akim's name says about its territory: a rural district (`Жансүгіров кенттік округ`,
 * `"Абай селолық округі әкімінің аппараты"`) or a single settlement (`"Гүлшат кенті әкімінің аппараты"`,
 * `Уштобе қаласының әкімдігі`).
 */
const QUOTES = /["«»“”]/g;
const RURAL_DISTRICT = /^(?<stem>.+?)\s+(?<type>кенттік|селолық|ауылдық|қалалық)\s+округ[\p{L}]*/iu;
const SETTLEMENT = /^(?<stem>.+?)\s+(кенті|кент|ауылы|селосы|қаласының|қаласы)(?![\p{L}])/iu;

export type RuralTerritory =
  | { kind: 'rural-district'; name: string; stem: string; type: string }
  | { kind: 'settlement'; name: string };

export function ruralTerritory(name: string): RuralTerritory | null {
  const text = name.replace(QUOTES, ' ').replace(/\s+/g, ' ').trim();
  const match = RURAL_DISTRICT.exec(text);
  const rural = match?.groups;
  // The name as written (`округ` in 001, `округі` in 002); the stem and type identify it.
  if (match && rural?.stem && rural.type)
    return { kind: 'rural-district', name: match[0], stem: rural.stem, type: rural.type };
  const settlement = SETTLEMENT.exec(text)?.groups;
  if (settlement?.stem) return { kind: 'settlement', name: settlement.stem };
  return null;
}

/** A settlement field that is a place name, not a street the address parser kept (`С. Пушкин атындағы көше`). */
export function plausibleSettlement(name: string | null): name is string {
  return !!name && !/\d|көше|даңғыл|атындағы|ықшам/iu.test(name) && name.split(/\s+/).length <= 3;
}
