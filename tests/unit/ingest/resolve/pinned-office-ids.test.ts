/**
 * Pinned office ids (content/names/office-ids.json, issue 19): an office's id comes from the act rows
 * the list pins it to, whichever acts are read; a new office gets a new id no pinned office holds, and
 * a warning gives the entry that pins it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { mergeOffices } from '../../../../scripts/ingest/resolve/merge-offices/index.ts';
import { OFFICE_IDS_FILE, parseOfficeIds } from '../../../../scripts/ingest/resolve/merge-offices/office-ids.ts';
import type { OfficeRow } from '../../../../src/schemas/office.ts';
import { committedInputs, ingestCommittedSources } from '../../../helpers/ingest-inputs.ts';
import { ACT_DATES, F000, F001, row } from './office-rows.ts';

const committed = JSON.parse(readFileSync(OFFICE_IDS_FILE, 'utf8')) as { id: string }[];

describe('the committed list', () => {
  test('reads without a diagnostic', () => {
    expect(committedInputs().officeIds.diagnostics).toEqual([]);
  });

  test('pins every published office, and the ingest invents none', () => {
    const result = ingestCommittedSources();
    expect(result.offices.map((o) => o.id).sort()).toEqual(committed.map((e) => e.id).sort());
    expect(result.report.diagnostics.filter((d) => d.code.startsWith('office-id'))).toEqual([]);
  });
});

const zhambyl = (
  file: string,
  line: number,
  region: string,
  name = 'Жамбыл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
): OfficeRow => row(file, line, '1/1', { kind: 'employment-department', name, region, district: 'Жамбыл ауданы' });
const almaty000 = zhambyl(F000, 330, 'Алматы облысы');
const north000 = zhambyl(F000, 1301, 'Солтүстік Қазақстан облысы');
const almaty001 = zhambyl(F001, 300, 'Алматы облысы');

/** The entries the warnings of an unpinned run propose, as a list file holds them. */
function proposed(rows: readonly OfficeRow[]): unknown[] {
  const { diagnostics } = mergeOffices(rows, ACT_DATES, parseOfficeIds([]));
  return diagnostics
    .filter((d) => d.code === 'office-id-new')
    .map((d) => JSON.parse(d.message.slice(d.message.indexOf('add ') + 4)));
}

describe('ids from the list', () => {
  const rows = [almaty000, north000, almaty001];
  const pins = parseOfficeIds(proposed(rows));
  const ids = (input: readonly OfficeRow[]) =>
    Object.fromEntries(mergeOffices(input, ACT_DATES, pins).offices.map((o) => [o.region, o.id]));

  test('the warnings of a run without the list propose an entry per office, pinning the ids it gave', () => {
    expect(pins.diagnostics).toEqual([]);
    expect(ids(rows)).toEqual({
      'Алматы облысы': 'zhambyl-audany-zhumyspen-kamtu-bolimi',
      'Солтүстік Қазақстан облысы': 'soltustik-kazakstan-oblysy-zhambyl-audany-zhumyspen-kamtu',
    });
  });

  test("a pinned row its act no longer gives is an error near the act's rows; an act not read owes none", () => {
    const missing = (input: readonly OfficeRow[]) =>
      mergeOffices(input, ACT_DATES, pins)
        .diagnostics.filter((d) => d.code === 'office-row-missing')
        .map((d) => [d.file, d.line]);
    // 000 is read but lost its Солтүстік Қазақстан row: reported at 000's first row, as no row of that
    // region is left in it to stand next to.
    expect(missing([almaty000, almaty001])).toEqual([[F000, almaty000.sources[0]?.line]]);
    expect(missing(rows)).toEqual([]);
    // Without 000 at all, none of its rows is owed.
    expect(missing([almaty001])).toEqual([]);
    // A row read differently (its name edited) is no lost row: a new office stands in its place, and
    // `office-id-new` tells it.
    const renamed = zhambyl(F000, 1301, 'Солтүстік Қазақстан облысы', 'Жамбыл ауданының әлеуметтік бөлімі');
    expect(missing([almaty000, renamed, almaty001])).toEqual([]);
  });

  test('an office keeps its id when the act its first row is in is missing', () => {
    // Without 000, the North Kazakhstan office would be the first of its name and take the plain id.
    expect(ids([north000])).toEqual({ 'Солтүстік Қазақстан облысы': ids(rows)['Солтүстік Қазақстан облысы'] });
    expect(ids([almaty001, north000])).toEqual(ids(rows));
    expect(ids([...rows].reverse())).toEqual(ids(rows));
  });

  test('without the list, the same missing act renames an office (what the list prevents)', () => {
    const unpinned = mergeOffices([north000], ACT_DATES).offices.map((o) => o.id);
    expect(unpinned).toEqual(['zhambyl-audany-zhumyspen-kamtu-bolimi']);
  });

  test('a new office gets a new id, never one the list holds, and a warning tells it', () => {
    const other = zhambyl(F000, 638, 'Жамбыл облысы');
    // The Алматы office is absent, yet its id stays its own.
    const { offices, diagnostics } = mergeOffices([north000, other], ACT_DATES, pins);
    expect(offices.map((o) => o.id)).toEqual([
      'soltustik-kazakstan-oblysy-zhambyl-audany-zhumyspen-kamtu',
      'zhambyl-oblysy-zhambyl-audany-zhumyspen-kamtu-bolimi',
    ]);
    const told = diagnostics.filter((d) => d.code === 'office-id-new');
    expect(told.map((d) => [d.severity, d.file, d.line])).toEqual([['warning', F000, 638]]);
    expect(told[0]?.message).toContain(`not in ${OFFICE_IDS_FILE}`);
  });

  test('rows pinned to one office read as two offices: the first keeps the id, the other is new and told', () => {
    // As when the act whose row joined two spellings is missing: the list holds both rows under one id.
    const renamed = zhambyl(F001, 310, 'Алматы облысы', 'Жамбыл ауданының жұмыспен қамту бөлімі');
    const [first, second] = proposed([almaty000, renamed]) as { id: string; rows: unknown[] }[];
    expect(second?.id).not.toBe(first?.id);
    const joined = parseOfficeIds([{ ...first, rows: [...(first?.rows ?? []), ...(second?.rows ?? [])] }]);
    const { offices, diagnostics } = mergeOffices([renamed, almaty000], ACT_DATES, joined);
    const [other, kept] = offices.map((o) => o.id);
    expect(kept).toBe(first?.id);
    // A new id, told apart from the pinned one it would have shared its base with.
    expect(other).toBe(`almaty-oblysy-${first?.id}`);
    const split = diagnostics.filter((d) => d.code === 'office-id-split');
    expect(split.map((d) => [d.severity, d.file, d.line])).toEqual([['warning', F001, 310]]);
    expect(diagnostics.filter((d) => d.code === 'office-id-new').map((d) => d.line)).toEqual([310]);
  });
});

describe('a list the ingest cannot use', () => {
  const entry = { id: 'x-office', kind: 'rural-akim', region: 'Алматы облысы', rows: [{ act: '2012-349', name: 'X' }] };

  test('an id listed twice, or a row pinned to two ids, is an error naming the entry', () => {
    const twice = parseOfficeIds([entry, entry]).diagnostics;
    expect(twice.map((d) => [d.severity, d.code, d.file, d.message])).toEqual([
      ['error', 'office-id-invalid', OFFICE_IDS_FILE, '/1 (x-office): the id is listed twice'],
    ]);
    const clash = parseOfficeIds([entry, { ...entry, id: 'y-office' }]).diagnostics;
    expect(clash.map((d) => d.message)).toEqual(['/1/rows/0 (y-office): the row is pinned to x-office too']);
  });

  test('a malformed entry is an error with its JSON pointer, no stack trace', () => {
    const { diagnostics } = parseOfficeIds([{ ...entry, id: 'Not An Id' }]);
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^\/0\/id: /)]);
  });
});
