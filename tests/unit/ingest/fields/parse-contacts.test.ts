import { describe, expect, test } from 'vitest';
import { parseContacts } from '../../../../scripts/ingest/parse/fields/parse-contacts.ts';
import { cell } from './fixture-cells.ts';

const at = { file: 'fixture.txt', line: 1 };

describe('parseContacts on real cells', () => {
  test.each([
    {
      fixture: '000-akmola-departments.txt',
      from: 2,
      to: 2,
      emails: ['akkol_ozsp@mail.ru'],
      websites: [],
      rest: '020100, Ақкөл қаласы, Нұрмағамбетов көшесі, 81',
    },
    // `kokshetau. online.kz`: a line-wrap space inside the domain.
    {
      fixture: '000-akmola-departments.txt',
      from: 8,
      to: 8,
      emails: ['arshaly_rotz@kokshetau.online.kz'],
      websites: [],
      rest: '020200, Аршалы ауылы, Тәшенов көшесі, 47',
    },
    {
      fixture: '000-regional-departments.txt',
      from: 13,
      to: 13,
      emails: ['deptrud@astanatelecom.kz', 'depzan@mail.ru'],
      websites: [],
      rest: '',
    },
    // `www karaganda-akimat.kz`: a space typed for the dot; `www.` kept as written.
    {
      fixture: '002-karaganda-departments.txt',
      from: 8,
      to: 9,
      emails: ['krggorsobes@mail.ru'],
      websites: ['www.karaganda-akimat.kz'],
      rest: '',
    },
    {
      fixture: '002-karaganda-departments.txt',
      from: 56,
      to: 57,
      emails: ['sobes_temirtay@mail.ru'],
      websites: ['sobes.temirtay.kz'],
      rest: '',
    },
    {
      fixture: '003-taraz-baizak-departments.txt',
      from: 28,
      to: 30,
      emails: ['utzszn_baizak@topmail.kz'],
      websites: [],
      rest: '8-72637-21971, 22338',
    },
    {
      fixture: '003-akimats.txt',
      from: 26,
      to: 26,
      emails: [],
      websites: ['t-ryckulov.kz'],
      rest: '8-72631-21600 22342',
    },
    {
      fixture: '004-akkol-arshaly-departments.txt',
      from: 33,
      to: 34,
      emails: ['sobes_akkol@gcvp.kz'],
      websites: ['www.akmol.kz'],
      rest: '8-(71638)-2-10-48',
    },
    {
      fixture: '001-balkhash-rural-akims.txt',
      from: 39,
      to: 40,
      emails: [],
      websites: ['bakanas.kz'],
      rest: 'Бырлик, Ботешева көш., 8 872773 93819',
    },
  ])('reads $fixture lines $from-$to', ({ fixture, from, to, emails, websites, rest }) => {
    const result = parseContacts(cell(fixture, from, to), at);
    expect(result.emails).toEqual(emails);
    expect(result.websites).toEqual(websites);
    expect(result.rest).toBe(rest);
    expect(result.malformed.map((m) => m.raw)).toEqual([]);
  });

  test.each([
    { input: 'TRS2008\n@ topmail.kz', email: 'trs2008@topmail.kz' },
    { input: 'Moinkum_ akimat@mail.ru', email: 'moinkum_akimat@mail.ru' },
    { input: 'soc-progr@yandex. \nru, www.akmol.kz', email: 'soc-progr@yandex.ru' },
  ])("re-glues '$input' to $email", ({ input, email }) => {
    expect(parseContacts(input, at).emails).toEqual([email]);
  });

  test('keeps `аkimat07@mail.ru` (002, a Cyrillic `а`) unlinked as a look-alike, as written, and says so', () => {
    const result = parseContacts('аkimat07@mail.ru', at);
    expect(result.emails).toEqual([]);
    expect(result.malformed).toEqual([
      { kind: 'email', raw: 'аkimat07@mail.ru', reason: 'look-alike character: Cyrillic а inside a Latin address' },
    ]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['email-cyrillic-letter', 'contact-lookalike']);
  });

  test('keeps `u1utau-akimat@mai1.ru` and `www.u1utau.kz` (002 lines 1033-1034) unlinked: the digit 1 for l', () => {
    const result = parseContacts('www.u1utau.kz\nu1utau-akimat@mai1.ru', at);
    expect(result.emails).toEqual([]);
    expect(result.websites).toEqual([]);
    expect(result.malformed.map((m) => [m.kind, m.raw])).toEqual([
      ['email', 'u1utau-akimat@mai1.ru'],
      ['website', 'www.u1utau.kz'],
    ]);
  });

  test('splits a website glued to an e-mail (`byx@\\nonline.kzwww.akmol.kz`, 004)', () => {
    const result = parseContacts('byx@\nonline.kzwww.akmol.kz', at);
    expect(result.emails).toEqual(['byx@online.kz']);
    expect(result.websites).toEqual(['www.akmol.kz']);
  });

  test('takes a website off a house number it is glued to (`Батыржана, 28.koksu-akimat.kz`, 001)', () => {
    const result = parseContacts('Алғабас ауылы, Батыржана, 28.koksu-akimat.kz', at);
    expect(result.websites).toEqual(['koksu-akimat.kz']);
    expect(result.rest).toBe('Алғабас ауылы, Батыржана, 28.');
  });
});

describe('parseContacts negative cases', () => {
  test.each([
    'Көкшетау қаласы, А.С. Пушкин атындағы көше, 23',
    'Сағат 9.00-ден 18.00 дейін',
    '8-7172 21-62-22 21-09-41',
    'т.б.',
  ])("finds no contact in '%s'", (input) => {
    const result = parseContacts(input, at);
    expect([...result.emails, ...result.websites, ...result.malformed.map((m) => m.raw)]).toEqual([]);
  });

  test('keeps `Atb_rotz isn@kokshetau.online/kz` (004) as malformed, not as an e-mail', () => {
    const result = parseContacts('Atb_rotz isn@\nkokshetau.online/kz,\nwww.online.kz', at);
    expect(result.emails).toEqual([]);
    expect(result.websites).toEqual(['www.online.kz']);
    expect(result.malformed.map((m) => m.raw)).toEqual(['Atb_rotzisn@kokshetau.online/kz']);
    expect(result.diagnostics.map((d) => d.code)).toContain('email-malformed');
  });

  test('keeps `soc_zanita_21@kokshetau.online.k` (004, glued to a website) as malformed', () => {
    const result = parseContacts('soc_zanita_21@kokshetau. \nonline.kwww.jaksy.kz', at);
    expect(result.emails).toEqual([]);
    expect(result.malformed.map((m) => m.raw)).toEqual(['soc_zanita_21@kokshetau.online.k']);
    expect(result.websites).toEqual(['www.jaksy.kz']);
  });

  test('refuses `ro_esil.sko.kz` (000) as a website: a host name has no underscore', () => {
    const result = parseContacts('Есіл ауданы, Явленка ауылы, Ленин көшесі, 20 ro_esil.sko.kz', at);
    expect(result.websites).toEqual([]);
    expect(result.malformed.map((m) => m.raw)).toEqual(['ro_esil.sko.kz']);
  });
});

describe('contacts that are not addresses stay as written, with a reason, and are never linked', () => {
  test.each([
    // 002 line 1003: the akimat's site typed half in Cyrillic.
    {
      fixture: '002-osakarov-akim-contacts.txt',
      from: 3,
      to: 3,
      kind: 'website',
      raw: 'www.osak_акимат.kz',
      why: /characters/,
    },
    // 003 line 518: `.ku` is no top-level domain.
    { fixture: '003-sarysu-akimat.txt', from: 7, to: 7, kind: 'website', raw: 'www.sarysu.ku', why: /«ku»/ },
    // 000 line 1808: a space inside the host; joining it would invent `pavodar`.
    {
      fixture: '000-pavlodar-regional-department.txt',
      from: 4,
      to: 4,
      kind: 'email',
      raw: 'kence.dsz@pav odar.gov.kz',
      why: /space/,
    },
    // 004 lines 352-353: letter-spaced, rejoined across the line break, but `.rz` is no domain.
    {
      fixture: '004-astrakhan-contacts.txt',
      from: 1,
      to: 3,
      kind: 'email',
      raw: 'Astr_socz@kokshetau.online.rz',
      why: /«rz»/,
    },
  ])('keeps $raw unlinked', ({ fixture, from, to, kind, raw, why }) => {
    const result = parseContacts(cell(fixture, from, to), at);
    const unlinked = result.malformed.find((m) => m.raw === raw);
    expect(unlinked?.kind).toBe(kind);
    expect(unlinked?.reason).toMatch(why);
    expect([...result.emails, ...result.websites].some((c) => raw.toLowerCase().startsWith(c))).toBe(false);
  });

  test('the valid neighbours of a broken contact are still linked (000 line 1808, 004 line 354)', () => {
    expect(parseContacts(cell('000-pavlodar-regional-department.txt', 4), at).emails).toEqual(['pavlodar@enbek.kz']);
    expect(parseContacts(cell('004-astrakhan-contacts.txt', 1, 3), at).websites).toEqual(['www.akmol.kz']);
  });
});
