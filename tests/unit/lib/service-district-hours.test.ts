/**
 * Facts scoped to what they belong to, over the whole ingest of the five acts: on a service x district
 * page, an office shows its own hours and only that service's schedule clause, and the page lists only
 * offices the acts name for that service (delivering it or taking applications).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { IngestResult } from '../../../scripts/ingest/run-ingest.ts';
import { buildPlaces } from '../../../src/lib/places/pages.ts';
import { type ServiceDistrict, serviceDistricts, serviceReadings } from '../../../src/lib/services/districts.ts';
import { ingestCommittedSources } from '../../helpers/ingest-inputs.ts';
import { sourceFile } from '../../helpers/source-files.ts';

let real: IngestResult;
let entries: ServiceDistrict[];
beforeAll(() => {
  real = ingestCommittedSources();
  const regions = buildPlaces(real.offices, real.places);
  entries = real.services.flatMap((s) => serviceDistricts(s, regions, real.offices));
}, 60_000);

const F002 = sourceFile('002');
const line = (n: number) =>
  readFileSync(new URL(`../../../content/sources/${F002}`, import.meta.url), 'utf8').split('\n')[n - 1] ?? '';

describe('a service x district page shows only its own service schedule', () => {
  test('the two Karaganda clauses read differently: Friday to Sunday off (line 4274), Monday to Friday (line 3219)', () => {
    expect(line(4274)).toContain('жұма, сенбі және жексенбіден басқа күндері');
    expect(line(3219)).toContain('сенбі, жексенбі күндерінен басқа күндері');
  });

  test("no service x district page shows another service's schedule clause", () => {
    let shown = 0;
    const wrong: string[] = [];
    for (const entry of entries) {
      const own = new Set(entry.versions.map((v) => v.version.id));
      for (const office of entry.placesToApply) {
        for (const r of serviceReadings(entry, office)) {
          if (r.about !== 'service') continue;
          shown++;
          const versions = r.versions ?? [];
          if (!versions.some((v) => own.has(v))) wrong.push(`${entry.service.id}/${entry.district.id}: ${office.id}`);
          // The clause cited is one of this service's own versions' clauses.
          const lines = new Set(
            entry.versions.flatMap((v) =>
              v.version.clauses.flatMap((c) => c.sources.map((s) => `${s.file}:${s.line}`)),
            ),
          );
          expect(
            r.sources?.some((s) => lines.has(`${s.file}:${s.line}`)),
            office.id,
          ).toBe(true);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(shown).toBeGreaterThan(100);
  });

  test("the Monday-Thursday clause of 002 standards 5, 6 and 12 reaches none of Karaganda's other services", () => {
    const monThu = (entry: ServiceDistrict) =>
      entry.placesToApply.some((o) =>
        serviceReadings(entry, o).some((r) => r.sources?.some((s) => s.file === F002 && s.line === 4274)),
      );
    const reached = entries.filter(monThu).map((e) => e.service.versions.map((v) => v.id));
    expect(reached.length).toBeGreaterThan(0);
    for (const ids of reached)
      expect(ids.some((id) => ['2008-32-08-5', '2008-32-08-6', '2008-32-08-12'].includes(id))).toBe(true);
  });

  test('every office listed is one the acts name for that service, delivering it or taking applications', () => {
    for (const entry of entries) {
      const own = new Set(entry.versions.map((v) => v.version.id));
      for (const office of entry.placesToApply) {
        const roles = (office.roles ?? []).filter((r) => own.has(r.version));
        expect(
          roles.some((r) => r.role !== 'complaints'),
          `${entry.service.id} ${office.id}`,
        ).toBe(true);
        const listed = entry.versions.some((v) => v.version.offices?.includes(office.id));
        expect(listed, `${entry.service.id} ${office.id}`).toBe(true);
      }
    }
  });
});
