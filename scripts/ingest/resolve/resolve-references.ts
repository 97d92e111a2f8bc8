import type { ServiceVersion } from '../../../src/schemas/service.ts';
import { diagnostic } from '../diagnostics.ts';
import { sameName } from '../parse/service/parse-references.ts';
import type { Diagnostic } from '../types.ts';

type Reference = ServiceVersion['references'][number];
type Cited = NonNullable<Reference['standard']>;

/** Whether a version is the cited standard: same service name, and the same act when the citation names one. */
function isCited(v: ServiceVersion, cited: Cited): boolean {
  if (v.docType !== 'standard' || !sameName(v.name, cited.name)) return false;
  if (cited.year && !v.act.startsWith(`${cited.year}-`)) return false;
  if (cited.number && !v.act.endsWith(`-${cited.number.toLowerCase()}`)) return false;
  return true;
}

function describe(cited: Cited): string {
  const act = [cited.year && `${cited.year}`, cited.number && `№ ${cited.number}`].filter(Boolean).join(' ');
  return `«${cited.name}»${act ? ` (approved ${act})` : ''}`;
}

/**
 * Regulations (001) point to clauses of their standard instead of stating figures. Resolve each
 * reference to a version among the sources, or say plainly that the standard is not included. Names are
 * compared exactly (after folding): 001's `Жұмыспен қамтуға жәрдемдесудің белсенді формаларына қатысу үшін
 * азаматтарға анықтама беру` is not 000's `Жұмыссыз азаматтарға анықтама беру`, and a regional standard of
 * the same name approved by another act (002's Karaganda standards) is not the Government's standard.
 */
export function resolveReferences(versions: ServiceVersion[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const v of versions) {
    let unresolved = 0;
    for (const ref of v.references) {
      const cited = ref.standard ?? null;
      const target = cited ? versions.find((s) => isCited(s, cited)) : undefined;
      const clause = ref.clause ? `clause ${ref.clause}` : 'a clause';
      if (target && cited) {
        ref.resolvedTo = target.id;
        ref.sameNameVersion = null;
        ref.note = `${ref.field}: see ${clause} of the standard ${describe(cited)}, version ${target.id}.`;
        continue;
      }
      unresolved += 1;
      ref.resolvedTo = null;
      const named = cited ? `the standard ${describe(cited)}` : 'the standard the regulation follows';
      const near = cited ? versions.find((s) => s.docType === 'standard' && sameName(s.name, cited.name)) : undefined;
      const also = near ? ` A standard of the same name in ${near.id} was approved by another act.` : '';
      ref.sameNameVersion = near?.id ?? null;
      ref.note = `What the regulation says about ${ref.field} is in ${clause} of ${named}, a standard not included in the sources.${also}`;
    }
    if (unresolved > 0) {
      const first = v.references[0]?.sources[0];
      diagnostics.push(
        diagnostic(
          'info',
          'reference-unresolved',
          `${v.id}: ${unresolved} reference(s) to ${v.references[0]?.standard ? describe(v.references[0].standard) : 'its standard'} point outside the sources`,
          { file: first?.file ?? v.sources[0]?.file ?? '', line: first?.line ?? null },
        ),
      );
    }
  }
  return diagnostics;
}
