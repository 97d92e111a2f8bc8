/** "Today: …" lines of place pages, against content/names/today.json and the places the ingest builds. */
import { describe, expect, test } from 'vitest';
import { geographyChanges } from '../../../../src/lib/names/vocabularies.ts';
import { todayOfDistrict, todayOfRegion } from '../../../../src/lib/places/today.ts';
import { ingestCommittedSources } from '../../../helpers/ingest-inputs.ts';

const { places } = ingestCommittedSources();
const parentOf = new Map(places.map((p) => [p.id, p.parent]));
const created = geographyChanges.filter((c) => c.kind === 'region-created');
const renamedRegions = geographyChanges.filter((c) => c.kind === 'region-renamed');

describe("today's place of a district", () => {
  test('every place moved to a region created in 2022 is said to be in it today', () => {
    expect(created.length).toBeGreaterThanOrEqual(3);
    for (const c of created) {
      for (const id of c.places) {
        const region = parentOf.get(id) ?? '';
        expect(region).toBe(c.fromRegion);
        const ids = todayOfDistrict(id, region).map((t) => t.change.id);
        expect(ids).toContain(c.id);
      }
    }
  });

  test("a district of a renamed region is in the renamed region today, unless it left it (a city of the republic's significance)", () => {
    for (const rename of renamedRegions) {
      const region = rename.places[0] ?? '';
      const children = places.filter((p) => p.parent === region && (p.kind === 'district' || p.kind === 'city'));
      expect(children.length).toBeGreaterThan(0);
      for (const child of children) {
        const own = geographyChanges.filter((c) => c.places.includes(child.id));
        const left = own.some((c) => c.kind === 'city-status' || c.kind === 'region-created');
        const ids = todayOfDistrict(child.id, region).map((t) => t.change.id);
        expect(ids.includes(rename.id)).toBe(!left);
        for (const c of own) expect(ids).toContain(c.id);
      }
    }
  });

  test('a district no change names, in a region never renamed, has no line', () => {
    const named = new Set(geographyChanges.flatMap((c) => c.places));
    const quiet = places.find((p) => p.kind === 'district' && !named.has(p.id) && !named.has(p.parent ?? ''));
    expect(quiet).toBeDefined();
    expect(todayOfDistrict(quiet?.id ?? '', quiet?.parent ?? '')).toEqual([]);
  });
});

describe("today's places of a region", () => {
  test('a region lists the regions made from it with the places that moved, and its own renaming', () => {
    for (const c of created) {
      const lines = todayOfRegion(c.fromRegion ?? '');
      expect(lines.find((l) => l.change.id === c.id)?.moved).toEqual(c.places);
    }
    for (const rename of renamedRegions) {
      expect(todayOfRegion(rename.places[0] ?? '').map((l) => l.change.id)).toContain(rename.id);
    }
  });
});
