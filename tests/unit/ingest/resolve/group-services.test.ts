import { describe, expect, test } from 'vitest';
import { groupServices } from '../../../../scripts/ingest/resolve/group-services.ts';
import { parseServiceAliases } from '../../../../scripts/ingest/resolve/service-aliases.ts';
import { nameSimilarity, serviceKey } from '../../../../scripts/ingest/resolve/service-name-key.ts';
import type { ServiceVersion } from '../../../../src/schemas/service.ts';
import { committedInputs } from '../../../helpers/ingest-inputs.ts';
import { sourceFile } from '../../../helpers/source-files.ts';

const serviceAliases = committedInputs().aliases;

const DATES = {
  '2011-394': '2011-04-07',
  '2012-349': '2012-11-05',
  '2008-32-08': '2008-11-25',
  '2008-120': '2008-04-25',
};
const FILE: Record<string, string> = {
  '2011-394': sourceFile('000'),
  '2012-349': sourceFile('001'),
  '2008-32-08': sourceFile('002'),
  '2008-120': sourceFile('003'),
};

/** Only the fields grouping reads; names exactly as the documents' titles (normalised). */
function version(act: string, ordinal: number, name: string): ServiceVersion {
  return {
    id: `${act}-${ordinal}`,
    act,
    ordinal,
    name,
    sources: [{ file: FILE[act] ?? '', line: ordinal }],
  } as ServiceVersion;
}

const REAL = [
  version('2011-394', 1, 'Жұмыссыз азаматтарға анықтама беру'),
  version('2012-349', 4, 'Жұмыспен қамтуға жәрдемдесудің белсенді формаларына қатысу үшін азаматтарға анықтама беру'),
  version(
    '2012-349',
    5,
    'Жергілікті өкілді органдардың шешімдері бойынша мұқтаж азаматтардың жекелеген санаттарына әлеуметтік көмек тағайындау және төлеу',
  ),
  version(
    '2012-349',
    6,
    'Атаулы әлеуметтік көмек алушыларға өтініш берушінің (отбасының) тиесілігін растайтын анықтама беру',
  ),
  version('2012-349', 7, '18 жасқа дейінгі балалы отбасыларға мемлекеттік жәрдемақылар тағайындау'),
  version('2008-32-08', 5, '18 жасқа дейінгі балалары бар отбасыларға мемлекеттік жәрдемақылар тағайындау'),
  version(
    '2008-32-08',
    9,
    'Жергілікті өкілетті органдардың шешімдері бойынша мұқтаж азаматтардың жекелеген санаттарына әлеуметтік көмек тағайындау және төлеу',
  ),
  version('2008-32-08', 12, 'Мемлекеттік атаулы әлеуметтік көмек тағайындау'),
  version('2008-32-08', 13, 'Жұмыссыз азаматтарға анықтама беру'),
  version('2008-120', 1, 'Мемлекеттік атаулы әлеуметтік көмек тағайындау'),
  version('2008-120', 2, 'Жұмыссыз азаматтарға анықтама беру'),
];

const MEDICAL_002 =
  'Мемлекеттік және мемлекеттік емес медициналық - әлеуметтік мекемелерде әлеуметтік қызмет көрсетуге құжаттар ресімдеу';
const MEDICAL_004 =
  'Мемлекеттік және мемлекеттік емес медициналық-әлеуметтік мекемелерде әлеуметтік қызмет көрсетуге арналған құжаттарды ресімдеу';

describe('service names', () => {
  test('`рәсімдеу` (001) and `ресімдеу` (002) have one key', () => {
    expect(serviceKey('Мүгедектердің қоларбалар алуға құжаттарын рәсімдеу')).toBe(
      serviceKey('Мүгедектердің қоларбалар алуға құжаттарын ресімдеу'),
    );
  });

  test.each([
    { a: MEDICAL_002, b: MEDICAL_004, same: true },
    {
      a: 'Мүгедектерге протездік-ортопедиялық көмек ұсыну үшін құжаттарды ресімдеу',
      b: 'Мүгедектерді санаторлық-курорттық жолдамалармен қамтамасыз ету үшін құжаттарды рәсімдеу',
      same: false,
    },
  ])('«$a» and «$b» are one service: $same', ({ a, b, same }) => {
    expect(nameSimilarity(a, b) >= 0.85).toBe(same);
  });
});

describe('groupServices', () => {
  const { services, diagnostics } = groupServices(REAL, DATES, serviceAliases, committedInputs().serviceIds);
  const byVersions = services.map((s) => s.versions.map((v) => v.id));

  test('the same service approved by several acts is one service with one version per act, newest first', () => {
    expect(byVersions).toEqual([
      ['2011-394-1', '2008-32-08-13', '2008-120-2'],
      ['2012-349-4'],
      ['2012-349-5', '2008-32-08-9'],
      ['2012-349-6'],
      ['2012-349-7', '2008-32-08-5'],
      ['2008-32-08-12', '2008-120-1'],
    ]);
    expect(diagnostics).toEqual([]);
  });

  test('ids are short slugs of the first version’s name, names keep every spelling', () => {
    const benefit = services.find((s) => s.versions.some((v) => v.id === '2012-349-7'));
    expect(benefit?.id).toBe('18-zhaska-deiingi-balaly-otbasylarga-memlekettik');
    expect(benefit?.name).toBe('18 жасқа дейінгі балалы отбасыларға мемлекеттік жәрдемақылар тағайындау');
    expect(benefit?.names).toHaveLength(2);
    for (const s of services) expect(s.id.length).toBeLessThanOrEqual(60);
  });

  test('the reviewed table decides the child-benefit pair, whatever the threshold', () => {
    expect(serviceAliases.decide(REAL[4]?.name ?? '', REAL[5]?.name ?? '')).toBe(true);
    expect(serviceAliases.decide(REAL[0]?.name ?? '', REAL[1]?.name ?? '')).toBe(false);
  });

  test('without its `same` entry, a name pair matching cannot decide stays apart; `distinct` wins over matching', () => {
    const none = parseServiceAliases([]);
    const a = version('2012-349', 7, 'Балалы отбасыларға жәрдемақы тағайындау');
    const b = version('2008-32-08', 5, 'Балалары бар отбасыларға мемлекеттік жәрдемақылар тағайындау');
    expect(groupServices([a, b], DATES, none).services).toHaveLength(2);
    const same = parseServiceAliases([
      { decision: 'same', names: [a.name, b.name], reason: 'reviewed for this test case only' },
    ]);
    expect(groupServices([a, b], DATES, same).services).toHaveLength(1);
    const c = version('2008-32-08', 7, MEDICAL_002);
    const d = version('2008-120', 1, MEDICAL_004);
    expect(groupServices([c, d], DATES, none).services).toHaveLength(1);
    const apart = parseServiceAliases([
      { decision: 'distinct', names: [c.name, d.name], reason: 'reviewed for this test case only' },
    ]);
    expect(groupServices([c, d], DATES, apart).services).toHaveLength(2);
  });

  test('two documents of one act are never one service', () => {
    const twice = [
      version('2008-32-08', 12, 'Мемлекеттік атаулы әлеуметтік көмек тағайындау'),
      version('2008-32-08', 14, 'Мемлекеттік атаулы әлеуметтік көмек тағайындау'),
    ];
    const result = groupServices(twice, DATES, serviceAliases, committedInputs().serviceIds);
    expect(result.services).toHaveLength(2);
    expect(result.services.map((s) => s.id)).toEqual([
      'memlekettik-atauly-aleumettik-komek-tagaiyndau',
      'memlekettik-atauly-aleumettik-komek-tagaiyndau-2008-32-08-14',
    ]);
    expect(result.diagnostics.map((d) => d.code)).toContain('service-match-same-act');
  });

  test('a service of two acts keeps its id when either act is missing or read in another order', () => {
    const almaty = version('2012-349', 7, '18 жасқа дейінгі балалы отбасыларға мемлекеттік жәрдемақылар тағайындау');
    const karaganda = version(
      '2008-32-08',
      5,
      '18 жасқа дейінгі балалары бар отбасыларға мемлекеттік жәрдемақылар тағайындау',
    );
    const ids = (vs: ServiceVersion[]) =>
      groupServices(vs, DATES, serviceAliases, committedInputs().serviceIds).services.map((s) => s.id);
    const both = ids([almaty, karaganda]);
    expect(both).toHaveLength(1);
    expect(ids([karaganda, almaty])).toEqual(both);
    expect(ids([karaganda])).toEqual(both);
    expect(ids([almaty])).toEqual(both);
  });

  test('a clash of slugs is told apart by the version, whichever is read first', () => {
    const a = version('2008-120', 3, 'Бір қызмет');
    const b = version('2008-32-08', 3, 'Бір қызмет');
    const apart = parseServiceAliases([
      { decision: 'distinct', names: ['Бір қызмет', 'Бір қызмет '], reason: 'two services, one name, for this test' },
    ]);
    const ids = (vs: ServiceVersion[]) =>
      groupServices(vs, DATES, { ...apart, decide: () => false })
        .services.map((s) => `${s.versions[0]?.id}=${s.id}`)
        .sort();
    expect(ids([a, b])).toEqual(ids([b, a]));
    expect(ids([a, b])).toEqual(['2008-120-3=bir-kyzmet', '2008-32-08-3=bir-kyzmet-2008-32-08-3']);
  });

  test('an invalid alias entry is reported and skipped', () => {
    const parsed = parseServiceAliases([{ decision: 'maybe', names: ['a'], reason: 'x' }]);
    expect(parsed.entries).toEqual([]);
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['service-alias-invalid']);
  });
});
