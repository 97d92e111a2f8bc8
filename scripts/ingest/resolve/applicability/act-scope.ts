/**
 * Where an act applies, read from its issuing body (never from the file name): a Government decree
 * (`Қазақстан Республикасының Үкіметі`, 000) or a ministry's order applies in the whole country; a regional
 * akimat's resolution (`Алматы облысы әкімдігі`, `Қарағанды облысының әкімдігі`, `Жамбыл облысы әкімияты`)
 * applies in its region only.
 */
import type { Act } from '../../../../src/schemas/act.ts';

export type ActScope = { kind: 'national' } | { kind: 'regional'; region: string };

/** `Үкіметі`, `Үкiметiнiң` (Latin i in 000's stamp), `... министрлігі`: bodies of the Republic. */
const NATIONAL = /(ү|у)к[іi]мет|министрл[іi]г/iu;
/** `<Name> облысы(ның) әкімдігі|әкімияты` or `<Name> қаласы(ның) әкімдігі`: the region is the words before. */
const REGIONAL = /^(?<name>.+?)\s+(?<unit>облыс|қала)\p{L}*\s+әк[іi]м(?:д[іi]г|ият|шіл[іi]г)/iu;

export function actScope(act: Pick<Act, 'issuer'>): ActScope | null {
  const regional = REGIONAL.exec(act.issuer.trim())?.groups;
  if (regional?.name && regional.unit) {
    const unit = regional.unit.toLowerCase() === 'облыс' ? 'облысы' : 'қаласы';
    return { kind: 'regional', region: `${regional.name} ${unit}` };
  }
  if (NATIONAL.test(act.issuer)) return { kind: 'national' };
  return null;
}
