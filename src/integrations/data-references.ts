/**
 * content/data checked before Astro loads it (issue 19): every record against its zod schema, then every
 * id a record names (region, district, place, service, version, act, office) against the records that
 * exist. An office edited into «Атлантида облысы» once built green and published the region on pages,
 * embeds, CSV, JSON, GeoJSON and as a search filter; a bad `kind` was reported as `offices.json:0:0` with
 * a stack trace. Each problem names the file, the record id and the field as a JSON pointer into the file.
 */
import type { z } from 'astro/zod';
import { type Act, actSchema } from '../schemas/act.ts';
import { type Office, officeSchema } from '../schemas/office.ts';
import { type Place, placeSchema } from '../schemas/place.ts';
import { type Service, serviceSchema } from '../schemas/service.ts';

export interface DataProblem {
  /** `content/data/offices.json` */
  file: string;
  /** The record's id, or its position when it has none. */
  record: string;
  /** JSON pointer into the file (RFC 6901): `/412/roles/0/version`. */
  pointer: string;
  message: string;
}

/** The four collections as read from content/data, not yet trusted. */
export interface RawDataSet {
  acts: readonly unknown[];
  services: readonly unknown[];
  offices: readonly unknown[];
  places: readonly unknown[];
}

const SCHEMAS = { acts: actSchema, services: serviceSchema, offices: officeSchema, places: placeSchema } as const;
type Collection = keyof typeof SCHEMAS;

const escapePointer = (key: string | number) => String(key).replaceAll('~', '~0').replaceAll('/', '~1');
const pointer = (path: readonly (string | number)[]) => path.map((p) => `/${escapePointer(p)}`).join('');
const fileOf = (collection: Collection) => `content/data/${collection}.json`;

function recordName(item: unknown, index: number): string {
  const id = (item as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id !== '' ? id : `record ${index + 1}`;
}

/** Each record against its schema; the valid records come back typed. */
export function checkShapes(data: RawDataSet): {
  problems: DataProblem[];
  valid: { acts: Act[]; services: Service[]; offices: Office[]; places: Place[] };
} {
  const problems: DataProblem[] = [];
  const parse = <T>(collection: Collection, schema: z.ZodType<T>): T[] =>
    data[collection].flatMap((item, index) => {
      const parsed = schema.safeParse(item);
      if (parsed.success) return [parsed.data];
      for (const issue of parsed.error.issues) {
        problems.push({
          file: fileOf(collection),
          record: recordName(item, index),
          pointer: pointer([index, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))]),
          message: issue.message,
        });
      }
      return [];
    });
  const valid = {
    acts: parse('acts', SCHEMAS.acts),
    services: parse('services', SCHEMAS.services),
    offices: parse('offices', SCHEMAS.offices),
    places: parse('places', SCHEMAS.places),
  };
  return { problems, valid };
}

const idsOf = (items: readonly unknown[]): Set<string> =>
  new Set(
    items.flatMap((item) => ((item as { id?: unknown } | null)?.id ? [String((item as { id: unknown }).id)] : [])),
  );

/**
 * Every id a record names exists. Run on the records that passed checkShapes; `raw` (the files as read)
 * gives the ids that exist, so a record of the wrong shape is reported once, not again by each reference
 * to it.
 */
export function checkReferences(
  data: {
    acts: readonly Act[];
    services: readonly Service[];
    offices: readonly Office[];
    places: readonly Place[];
  },
  raw: RawDataSet = data,
): DataProblem[] {
  const problems: DataProblem[] = [];
  const acts = idsOf(raw.acts);
  const services = idsOf(raw.services);
  const versions = idsOf(
    raw.services.flatMap((s) => {
      const list = (s as { versions?: unknown } | null)?.versions;
      return Array.isArray(list) ? list : [];
    }),
  );
  const offices = idsOf(raw.offices);
  const places = idsOf(raw.places);
  // Offices name their region as written; a region is a place with no parent (cities of republican significance too).
  const regions = new Set(data.places.filter((p) => p.parent === null).map((p) => p.name));

  const check = (
    collection: Collection,
    index: number,
    record: string,
    kind: string,
    known: ReadonlySet<string>,
    value: string | null | undefined,
    path: readonly (string | number)[],
  ) => {
    if (value === null || value === undefined || known.has(value)) return;
    problems.push({
      file: fileOf(collection),
      record,
      pointer: pointer([index, ...path]),
      message: `${kind} «${value}» does not exist`,
    });
  };

  for (const [i, a] of data.acts.entries()) {
    for (const [k, v] of a.documents.entries())
      check('acts', i, a.id, 'service version', versions, v, ['documents', k]);
  }
  for (const [i, p] of data.places.entries()) check('places', i, p.id, 'place', places, p.parent, ['parent']);
  for (const [i, o] of data.offices.entries()) {
    const at = (
      kind: string,
      known: ReadonlySet<string>,
      value: string | null | undefined,
      ...path: (string | number)[]
    ) => check('offices', i, o.id, kind, known, value, path);
    at('region', regions, o.region, 'region');
    at('place', places, o.placeId, 'placeId');
    for (const [k, s] of (o.services ?? []).entries()) at('service', services, s, 'services', k);
    for (const [k, r] of (o.roles ?? []).entries()) at('service version', versions, r.version, 'roles', k, 'version');
    for (const [k, s] of o.sources.entries()) {
      at('act', acts, s.act, 'sources', k, 'act');
      at('service version', versions, s.appendix.split('/')[0], 'sources', k, 'appendix');
    }
  }
  for (const [i, s] of data.services.entries()) {
    const at = (
      kind: string,
      known: ReadonlySet<string>,
      value: string | null | undefined,
      ...path: (string | number)[]
    ) => check('services', i, s.id, kind, known, value, path);
    for (const [j, v] of s.versions.entries()) {
      at('act', acts, v.act, 'versions', j, 'act');
      for (const [k, o] of (v.offices ?? []).entries()) at('office', offices, o, 'versions', j, 'offices', k);
      for (const [k, r] of v.references.entries()) {
        at('service version', versions, r.resolvedTo, 'versions', j, 'references', k, 'resolvedTo');
        at('service version', versions, r.sameNameVersion, 'versions', j, 'references', k, 'sameNameVersion');
      }
      for (const [k, c] of (v.complaintOffices ?? []).entries()) {
        at('district', places, c.district, 'versions', j, 'complaintOffices', k, 'district');
        for (const [m, step] of c.steps.entries()) {
          for (const [n, o] of step.officeIds.entries())
            at('office', offices, o, 'versions', j, 'complaintOffices', k, 'steps', m, 'officeIds', n);
        }
      }
    }
    for (const [k, a] of (s.applicability ?? []).entries()) {
      at('district', places, a.district, 'applicability', k, 'district');
      at('region', places, a.region, 'applicability', k, 'region');
      for (const [m, v] of a.versions.entries())
        at('service version', versions, v.version, 'applicability', k, 'versions', m, 'version');
    }
  }
  return problems;
}

/**
 * Shapes, then references of the valid records: every problem of content/data, none thrown, and the
 * records as their schemas parse them (what the content collections store, see data-json.ts).
 */
export function checkData(data: RawDataSet): {
  problems: DataProblem[];
  valid: ReturnType<typeof checkShapes>['valid'];
} {
  const shapes = checkShapes(data);
  return { problems: [...shapes.problems, ...checkReferences(shapes.valid, data)], valid: shapes.valid };
}

/** `content/data/offices.json /412/region (akkol-audany-…): region «Атлантида облысы» does not exist` */
export function formatProblems(problems: readonly DataProblem[], limit = 20): string {
  const lines = problems.slice(0, limit).map((p) => `  ${p.file} ${p.pointer} (${p.record}): ${p.message}`);
  if (problems.length > limit) lines.push(`  … and ${problems.length - limit} more`);
  return [`content/data: ${problems.length} problem(s); run \`npm run ingest\` or fix the files:`, ...lines].join('\n');
}
