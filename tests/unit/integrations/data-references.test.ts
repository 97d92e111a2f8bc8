/**
 * The pre-build check of content/data (issue 19), as the build runs it (checkDataFiles in the
 * `qyzmet:data-check` integration, before Astro loads the collections), over copies of today's files
 * with one record edited per case: each reference kind to an id that does not exist, and two shape
 * faults. Every error names the file, the record id and the JSON pointer, and carries no stack trace.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkDataFiles, checkedRecords, DataCheckError, dataFiles } from '../../../src/integrations/data-json.ts';
import type { Act } from '../../../src/schemas/act.ts';
import { type Office, officeSchema } from '../../../src/schemas/office.ts';
import type { Place } from '../../../src/schemas/place.ts';
import type { Service } from '../../../src/schemas/service.ts';

interface DataSet {
  acts: Act[];
  services: Service[];
  offices: Office[];
  places: Place[];
}

let texts: Map<string, string>;
const data = (): DataSet => ({
  acts: JSON.parse(texts.get('acts.json') as string),
  services: JSON.parse(texts.get('services.json') as string),
  offices: JSON.parse(texts.get('offices.json') as string),
  places: JSON.parse(texts.get('places.json') as string),
});

beforeAll(() => {
  texts = new Map(dataFiles.map((name) => [name, readFileSync(`content/data/${name}`, 'utf8')]));
});

/** Runs the build's check over today's files with `edit` applied to a copy; the error it throws, if any. */
async function checkEdited(edit: (d: DataSet) => void): Promise<Error | null> {
  const d = data();
  edit(d);
  const edited = new Map(texts);
  for (const [key, records] of Object.entries(d)) edited.set(`${key}.json`, JSON.stringify(records, null, 2));
  try {
    await checkDataFiles(async (name) => edited.get(name) as string);
    return null;
  } catch (error) {
    return error as Error;
  }
}

test("today's content/data passes", async () => {
  await expect(checkEdited(() => {})).resolves.toBeNull();
});

describe('the checked records the content collections store (content.config.ts)', () => {
  test('are the records as the schema parses them, for the very text checked', async () => {
    await checkDataFiles(async (name) => texts.get(name) as string);
    const text = texts.get('offices.json') as string;
    const parsed = (JSON.parse(text) as unknown[]).map((record) => officeSchema.parse(record));
    expect(checkedRecords('offices.json', text)).toEqual(parsed);
    expect(checkedRecords('offices.json', `${text}\n`)).toBeUndefined();
  });

  test('are not handed over for a text that failed the check', async () => {
    const d = data();
    (d.offices[0] as Office).region = 'Атлантида облысы';
    const edited = JSON.stringify(d.offices);
    const read = async (name: string) => (name === 'offices.json' ? edited : (texts.get(name) as string));
    await expect(checkDataFiles(read)).rejects.toThrow(DataCheckError);
    expect(checkedRecords('offices.json', edited)).toBeUndefined();
  });
});

/** An office with services, roles and a place, and a service version with offices and a complaint route. */
function samples(d: DataSet) {
  const o = d.offices.findIndex((x) => (x.services?.length ?? 0) > 0 && (x.roles?.length ?? 0) > 0 && x.placeId);
  const s = d.services.findIndex((x) => x.versions.some((v) => (v.complaintOffices?.length ?? 0) > 0));
  const v = (d.services[s] as Service).versions.findIndex((x) => (x.complaintOffices?.length ?? 0) > 0);
  const p = d.places.findIndex((x) => x.parent !== null);
  const a = d.services.findIndex((x) => (x.applicability?.length ?? 0) > 0);
  return { o, s, v, p, a, office: d.offices[o] as Office, service: d.services[s] as Service };
}

describe('a record naming an id that does not exist fails the build', () => {
  const cases: {
    kind: string;
    edit: (d: DataSet) => { file: string; record: string; pointer: string; value: string };
  }[] = [
    {
      kind: 'region',
      edit: (d) => {
        const { o, office } = samples(d);
        office.region = 'Атлантида облысы';
        return { file: 'offices.json', record: office.id, pointer: `/${o}/region`, value: office.region };
      },
    },
    {
      kind: 'district',
      edit: (d) => {
        const { a } = samples(d);
        const service = d.services[a] as Service;
        const applies = service.applicability?.[0];
        if (!applies) throw new Error('no applicability');
        applies.district = 'atlantida-audany';
        return {
          file: 'services.json',
          record: service.id,
          pointer: `/${a}/applicability/0/district`,
          value: applies.district,
        };
      },
    },
    {
      kind: 'place',
      edit: (d) => {
        const { p } = samples(d);
        const place = d.places[p] as Place;
        place.parent = 'atlantida-oblysy';
        return { file: 'places.json', record: place.id, pointer: `/${p}/parent`, value: place.parent };
      },
    },
    {
      kind: 'place of an office',
      edit: (d) => {
        const { o, office } = samples(d);
        office.placeId = 'atlantida-oblysy-atlantida';
        return { file: 'offices.json', record: office.id, pointer: `/${o}/placeId`, value: office.placeId };
      },
    },
    {
      kind: 'service',
      edit: (d) => {
        const { o, office } = samples(d);
        (office.services as string[])[0] = 'atlantida-komegi';
        return { file: 'offices.json', record: office.id, pointer: `/${o}/services/0`, value: 'atlantida-komegi' };
      },
    },
    {
      kind: 'version',
      edit: (d) => {
        const { o, office } = samples(d);
        const role = office.roles?.[0];
        if (!role) throw new Error('no role');
        role.version = '1999-1-1';
        return { file: 'offices.json', record: office.id, pointer: `/${o}/roles/0/version`, value: role.version };
      },
    },
    {
      kind: 'act',
      edit: (d) => {
        const { s, v, service } = samples(d);
        const version = service.versions[v] as Service['versions'][number];
        version.act = '1999-1';
        return { file: 'services.json', record: service.id, pointer: `/${s}/versions/${v}/act`, value: version.act };
      },
    },
    {
      kind: 'office',
      edit: (d) => {
        const { s, v, service } = samples(d);
        const step = service.versions[v]?.complaintOffices?.[0]?.steps[0];
        if (!step) throw new Error('no complaint step');
        step.officeIds[0] = 'atlantida-akimdigi';
        return {
          file: 'services.json',
          record: service.id,
          pointer: `/${s}/versions/${v}/complaintOffices/0/steps/0/officeIds/0`,
          value: 'atlantida-akimdigi',
        };
      },
    },
  ];

  test.each(cases)('$kind', async ({ edit }) => {
    let expected = { file: '', record: '', pointer: '', value: '' };
    const error = await checkEdited((d) => {
      expected = edit(d);
    });
    expect(error).toBeInstanceOf(DataCheckError);
    const message = error?.message ?? '';
    expect(message).toContain(`content/data/${expected.file} ${expected.pointer} (${expected.record}): `);
    expect(message).toContain(`«${expected.value}» does not exist`);
    // One problem: the edit, nothing reported twice.
    expect(message).toMatch(/^content\/data: 1 problem\(s\)/);
    expect(error?.stack).toBe('');
  });
});

test('a bad kind and a missing address are named by file, record and field, with no stack trace', async () => {
  let at: { kind: string; address: string } = { kind: '', address: '' };
  const error = await checkEdited((d) => {
    const [first, second] = [d.offices[3] as Office, d.offices[6] as Office];
    (first as { kind: string }).kind = 'bank';
    delete (second as Partial<Office>).address;
    at = { kind: `/3/kind (${first.id})`, address: `/6/address (${second.id})` };
  });
  expect(error).toBeInstanceOf(DataCheckError);
  expect(error?.message).toContain(`content/data/offices.json ${at.kind}: `);
  expect(error?.message).toContain(`content/data/offices.json ${at.address}: `);
  // The two offices still exist for the services naming them: a record of the wrong shape is reported once.
  expect(error?.message).toMatch(/^content\/data: 2 problem\(s\)/);
  expect(error?.stack).toBe('');
  expect(error?.message).not.toMatch(/\n\s+at \S/);
});
