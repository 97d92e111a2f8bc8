import { describe, expect, test } from 'vitest';
import { parseServiceVersion } from '../../../../scripts/ingest/parse/parse-service-version.ts';
import { resolveReferences } from '../../../../scripts/ingest/resolve/resolve-references.ts';
import type { ServiceVersion } from '../../../../src/schemas/service.ts';
import { sourceFile } from '../../../helpers/source-files.ts';
import { ACTS } from './acts.ts';
import { DOCUMENTS, spec } from './documents.ts';
import { documentFrom } from './helpers.ts';

function parsed(file: string, ordinal: number) {
  const act = ACTS[file];
  if (!act) throw new Error(file);
  return parseServiceVersion(documentFrom(spec(file, ordinal)), act);
}

describe('001 regulations', () => {
  test('the first regulation: six stages with actors, limits from its stage table in order, and a flag', () => {
    const { version } = parsed('001', 1);
    expect(version.procedure.map((s) => [s.step, s.sources[0]?.line, s.actor, s.limit])).toEqual([
      [1, 112, 'жеке тұлға', '15 минут'],
      [2, 114, 'уәкілетті орган кеңсесінің қызметкері (уәкілетті органның қызметкері)', '30 минут'],
      [3, 122, 'уәкілетті органның басшысы', '1 күнтізбелік күн'],
      [4, 124, 'уәкілетті органның жауапты орындаушы', '9 күнтізбелік күн'],
      [5, 128, 'уәкілетті органның басшысы', '30 минут'],
      [6, 131, 'уәкілетті органның жауапты орындаушы', '15 минут'],
    ]);
    expect(version.flags.map((f) => f.code)).toContain('procedure-limits-by-order');
  });

  test('the first regulation cites the wheelchair standard: kept as written and flagged', () => {
    const { version } = parsed('001', 1);
    const flag = version.flags.find((f) => f.code === 'wrong-standard-cited');
    expect(flag?.sources[0]?.line).toBe(84);
    expect(version.references[0]?.standard).toEqual({
      name: 'Мүгедектердің қоларбалар алуға құжаттарын рәсімдеу',
      year: '2011',
      number: '394',
    });
    expect(parsed('001', 3).version.flags.map((f) => f.code)).not.toContain('wrong-standard-cited');
  });

  test('claims the receipt and notice forms and the stage appendices, not the office table', () => {
    const p = parsed('001', 1);
    expect(p.claimedAppendices).toEqual({
      2: 'form-template',
      3: 'form-template',
      4: 'process-diagram',
      5: 'process-diagram',
    });
    expect(p.version.forms.map((f) => [f.appendix, f.title])).toEqual([
      [2, 'Тұтынушыға берілетін түбіртек'],
      [3, '_________тұтынушының аты-жөні'],
    ]);
    expect(p.version.forms[0]?.text).toMatch(
      /^Құрметті ____________ \(тұтынушының аты-жөні\), Сіздің құжаттарыңыз 20__/u,
    );
  });

  test("the seventh regulation: both channels' stages, a duplicate clause 11, limits left unset", () => {
    const p = parsed('001', 7);
    expect(p.version.procedure).toHaveLength(16);
    expect(p.version.procedure[6]?.actor).toBe('тұтынушы');
    expect(p.version.procedure.every((s) => s.limit === null)).toBe(true);
    expect(p.version.flags.find((f) => f.code === 'duplicate-clause-number')?.sources[0]?.line).toBe(7011);
    expect(p.diagnostics.map((d) => d.code)).toContain('procedure-limits-unmatched');
    expect(p.claimedAppendices).toEqual({
      4: 'form-template',
      5: 'form-template',
      6: 'form-template',
      7: 'process-diagram',
      8: 'process-diagram',
    });
  });

  test('reports each fact a regulation does not state, with file and line', () => {
    const p = parsed('001', 2);
    expect(p.coverage.deadlines).toBe(false);
    expect(p.coverage.cost).toBe(true);
    const gap = p.diagnostics.find((d) => d.code === 'fact-missing:deadlines');
    expect(gap).toMatchObject({ severity: 'info', file: sourceFile('001'), line: 757 });
    expect(gap?.message).toContain('clause 7 of its standard');
  });
});

describe('resolveReferences', () => {
  const versions = (): ServiceVersion[] =>
    DOCUMENTS.map((d) => {
      const act = ACTS[d.file.slice(0, 3)];
      if (!act) throw new Error(d.file);
      return parseServiceVersion(documentFrom(d), act).version;
    });

  test('resolves no 001 reference: none of their standards is among the sources', () => {
    const vs = versions();
    const diagnostics = resolveReferences(vs);
    const refs = vs.flatMap((v) => v.references);
    expect(refs).toHaveLength(28);
    expect(refs.every((r) => r.resolvedTo === null)).toBe(true);
    expect(diagnostics.filter((d) => d.code === 'reference-unresolved')).toHaveLength(7);
    const reg4 = vs.find((v) => v.id === '2012-349-4');
    expect(reg4?.references.find((r) => r.field === 'deadlines')?.note).toBe(
      'What the regulation says about deadlines is in clause 7 of the standard «Жұмыспен қамтуға жәрдемдесудің белсенді формаларына қатысу үшін азаматтарға анықтама беру» (approved 2012 № 1059), a standard not included in the sources.',
    );
  });

  test('resolves a reference when the cited standard is among the sources, by name and act', () => {
    const vs = versions();
    const standard = vs.find((v) => v.id === '2011-394-1');
    const reg = vs.find((v) => v.id === '2012-349-4');
    if (!standard || !reg) throw new Error('missing versions');
    // A made-up citation of 000's standard, to show the positive path.
    for (const r of reg.references)
      r.standard = { name: '«Жұмыссыз азаматтарға анықтама беру»', year: '2011', number: '394' };
    resolveReferences([standard, reg]);
    expect(reg.references.map((r) => r.resolvedTo)).toEqual(['2011-394-1', '2011-394-1', '2011-394-1', '2011-394-1']);
  });

  test('does not resolve to a standard of the same name approved by another act (002, 003)', () => {
    const vs = versions();
    const reg = vs.find((v) => v.id === '2012-349-4');
    if (!reg) throw new Error('missing version');
    for (const r of reg.references)
      r.standard = { name: 'Жұмыссыз азаматтарға анықтама беру', year: '2012', number: '1059' };
    resolveReferences(vs);
    expect(reg.references[0]?.resolvedTo).toBeNull();
    expect(reg.references[0]?.note).toContain('was approved by another act');
    // The same fact as a field, for pages that do not show the English note.
    expect(reg.references[0]?.sameNameVersion).toMatch(/^(2011-394|2008-32-08|2008-120)-\d+$/);
  });
});
