/**
 * Words in an office's name that tell its kind beyond doubt, for checkTableKind (row-content.ts). Only
 * unmistakable ones: a name with none of them says nothing.
 */
import type { OfficeKind } from '../types.ts';

const MARKERS: readonly { kind: OfficeKind; test: RegExp }[] = [
  { kind: 'public-service-centre', test: /халыққа\s+қызмет\s+көрсету\s+орталығ|(^|[^\p{L}])ХҚК?О([^\p{L}]|$)/iu },
  { kind: 'employment-department', test: /жұмыспен\s+қамту/iu },
  { kind: 'rural-akim', test: /(кенттік|селолық|ауылдық)\s+округ/iu },
];

export function kindsNamed(name: string): OfficeKind[] {
  return MARKERS.filter((m) => m.test.test(name)).map((m) => m.kind);
}
