import { describe, expect, test } from 'vitest';
import { EMAIL_PATTERN, WEBSITE_PATTERN } from '../../../src/schemas/contact-address.ts';
import { officeSchema } from '../../../src/schemas/office.ts';
import * as record from '../../helpers/records.ts';

describe('websites the office schema accepts', () => {
  test.each([
    'www.akmol.kz',
    'akmol.kz/admin.html',
    'raimbek.gov.kz',
    'www.priozersk-ocz.ru',
    'xn--80ao21a.xn--80ao21a',
  ])('accepts %s', (site) => expect(WEBSITE_PATTERN.test(site)).toBe(true));
  test.each([
    'www.osak', // cut at a line break (002 line 1003)
    'www.sarysu.ku', // no such top-level domain (003 line 518)
    'ro_esil.sko.kz', // underscore in a host (000 line 1294)
    'www.osak_акимат.kz',
    'kokshetau.online/kz',
    '-akmol.kz',
    'akmol.kz"><script>',
  ])('refuses %s', (site) => expect(WEBSITE_PATTERN.test(site)).toBe(false));
});

describe('e-mails the office schema accepts', () => {
  test.each(['akkol_ozsp@mail.ru', 'arshaly_rotz@kokshetau.online.kz', 'deptrud@astanatelecom.kz'])('accepts %s', (e) =>
    expect(EMAIL_PATTERN.test(e)).toBe(true),
  );
  test.each([
    'kence.dsz@pav',
    'kence.dsz@pav odar.gov.kz',
    'soc_zanita_21@kokshetau.online.k',
    '"a"@mail.ru',
    '<a>@mail.ru',
    'a@mail.ru>',
  ])('refuses %s', (e) => expect(EMAIL_PATTERN.test(e)).toBe(false));
});

test('an office with an unlinkable website validates only with it in unlinkedContacts', () => {
  const office = record.office({
    kind: 'akim-office',
    name: 'Осакаров ауданы әкімінің аппараты',
    region: 'Қарағанды облысы',
    websites: ['www.osak'],
  });
  expect(officeSchema.safeParse(office).success).toBe(false);
  const kept = {
    ...office,
    websites: [],
    unlinkedContacts: [{ kind: 'website', raw: 'www.osak', reason: 'top-level domain «osak» is not a known one' }],
  };
  expect(officeSchema.safeParse(kept).success).toBe(true);
});
