/**
 * One factory per record type: a record valid under its schema (tests/unit/schemas/record-factories.test.ts
 * checks that) with every field a test does not care about set to "nothing known", so a test names only
 * the fields its case is about. Ids, names and places are made up unless a test passes real ones.
 */
import type { Act } from '../../src/schemas/act.ts';
import type { Office } from '../../src/schemas/office.ts';
import type { Place } from '../../src/schemas/place.ts';
import type { Service, ServiceVersion } from '../../src/schemas/service.ts';

/** The file every made-up source reference points at (tests that read a real source name it). */
export const FIXTURE_FILE = 'fixture.txt';

export function office(fields: Partial<Office> = {}): Office {
  return {
    id: 'test-office',
    kind: 'employment-department',
    name: 'Сынақ ауданының жұмыспен қамту бөлімі',
    region: 'Сынақ облысы',
    district: null,
    settlement: null,
    postcode: null,
    address: null,
    phones: [],
    emails: [],
    websites: [],
    hours: null,
    receptions: [],
    head: null,
    cabinet: null,
    unit: null,
    location: null,
    flags: [],
    sources: [{ file: FIXTURE_FILE, line: 1, act: 'test-act', appendix: 'test-act-1/1' }],
    ...fields,
  };
}

export function serviceVersion(fields: Partial<ServiceVersion> = {}): ServiceVersion {
  return {
    id: 'test-act-1',
    act: 'test-act',
    docType: 'standard',
    region: null,
    name: 'Сынақ қызметі',
    ordinal: 1,
    provider: null,
    form: null,
    legalBasis: null,
    result: null,
    recipients: null,
    cost: null,
    deadlines: [],
    schedule: null,
    placeConditions: null,
    documents: [],
    refusalGrounds: [],
    suspensionGrounds: [],
    principles: [],
    complaintRoute: [],
    qualityIndicators: [],
    procedure: [],
    forms: [],
    references: [],
    clauses: [],
    flags: [],
    sources: [{ file: FIXTURE_FILE, line: 1 }],
    ...fields,
  };
}

export function service(fields: Partial<Service> = {}): Service {
  const versions = fields.versions ?? [serviceVersion()];
  const name = fields.name ?? versions[0]?.name ?? 'Сынақ қызметі';
  return { id: 'test-service', name, versions, names: [name], ...fields };
}

export function act(fields: Partial<Act> = {}): Act {
  return {
    id: 'test-act',
    title: 'Сынақ стандарты',
    issuer: 'Сынақ облысы әкімдігі',
    date: '2012-01-01',
    number: '1',
    registration: null,
    status: 'unknown',
    repealedBy: null,
    documents: [],
    file: FIXTURE_FILE,
    region: null,
    amendments: [],
    flags: [],
    sources: [{ file: FIXTURE_FILE, line: 1 }],
    ...fields,
  };
}

export function place(fields: Partial<Place> & Pick<Place, 'id' | 'name' | 'kind' | 'parent'>): Place {
  return { otherNames: [], presentRegion: null, ...fields };
}
