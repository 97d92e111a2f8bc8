/**
 * Test helper: office rows as the field builder makes them, with the values copied from the source rows
 * they cite (file and line in content/sources), so the refiners are tested on real offices.
 */

import type { OfficeRow, Phone } from '../../../../src/schemas/office.ts';
import { office } from '../../../helpers/records.ts';
import { sourceFile } from '../../../helpers/source-files.ts';

export const F000 = sourceFile('000');
export const F001 = sourceFile('001');
export const F002 = sourceFile('002');
export const F004 = sourceFile('004');

const ACT: Record<string, string> = {
  [F000]: '2011-394',
  [F001]: '2012-349',
  [F002]: '2008-32-08',
  [F004]: '2008-a-6-342',
};

/** Dates of the acts, as acts.json gives them. */
export const ACT_DATES = {
  '2011-394': '2011-04-07',
  '2012-349': '2012-11-05',
  '2008-32-08': '2008-11-25',
  '2008-a-6-342': '2008-08-11',
};

export function phone(number: string | null, raw: string, type: Phone['type'] = 'phone'): Phone {
  return { number, raw, type, note: null };
}

/** `appendix` as `versionOrdinal/appendixNumber`, e.g. `5/2` -> `2008-32-08-5/2` in 002. */
export function row(
  file: string,
  line: number,
  appendix: string,
  fields: Partial<OfficeRow> & Pick<OfficeRow, 'kind' | 'name' | 'region' | 'district'>,
): OfficeRow {
  const act = ACT[file] ?? 'test';
  return office({ id: `${act}-r${line}`, sources: [{ file, line, act, appendix: `${act}-${appendix}` }], ...fields });
}

const AKSU = {
  kind: 'employment-department',
  name: 'Ақсу ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
  region: 'Алматы облысы',
  district: 'Ақсу ауданы',
  settlement: 'Жансүгіров',
  phones: [phone('+77283221143', '8-72832 2-11-43')],
} as const;

/** The Ақсу department in 000 appendix 1 and in 001 regulations 1 and 2 (appendix 1 of each). */
export const aksu = {
  in000: row(F000, 300, '1/1', {
    ...AKSU,
    phones: [...AKSU.phones],
    postcode: '040100',
    address: 'Жансүгіров кенті, Желтоқсан көшесі, 5',
  }),
  reg1: row(F001, 201, '1/1', {
    ...AKSU,
    phones: [...AKSU.phones],
    address: 'Ақсу ауданы, Жансүгіров кенті, Желтоқсан көшесі, 5',
  }),
  reg2: row(F001, 862, '2/1', {
    ...AKSU,
    phones: [...AKSU.phones],
    address: 'Ақсу ауданы, Жансүгіров кенті, Желтоқсан көшесі, 5',
  }),
};

const TEMIRTAU_002 = {
  kind: 'employment-department',
  name: '"Теміртау қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі" мемлекеттік мекемесі',
  region: 'Қарағанды облысы',
  district: 'Теміртау қаласы',
  settlement: 'Теміртау',
  postcode: '101406',
  address: 'Қарағанды облысы, Теміртау қаласы, Тәуелсіздік гүлзары, 2',
} as const;

/** The Теміртау department in 000 (2011) and in 002 standards 1 and 2 (2008), whose numbers differ. */
export const temirtau = {
  in000: row(F000, 834, '1/1', {
    kind: 'employment-department',
    name: 'Теміртау қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
    region: 'Қарағанды облысы',
    district: 'Теміртау қаласы',
    settlement: 'Теміртау',
    address: 'Теміртау қаласы, Чайковский көшесі, 22',
    phones: [phone('+77213916514', '8-7213 91-65-14')],
  }),
  std1: row(F002, 276, '1/1', {
    ...TEMIRTAU_002,
    phones: [phone('+77213923591', '(7213) 923591'), phone('+77213954455', '(7213) 954455', 'fax')],
  }),
  std2: row(F002, 1329, '2/1', {
    ...TEMIRTAU_002,
    phones: [phone('+77213923591', '(7213) 923591'), phone('+77213954455', '(7213) 954455', 'fax')],
  }),
};

const RURAL_002 = { kind: 'rural-akim', region: 'Қарағанды облысы' } as const;

/** `Абай селолық округі` of Ақтоғай ауданы and of Қарқаралы ауданы, 002 standard 5 appendix 2. */
export const abai = {
  aktogai: row(F002, 4712, '5/2', {
    ...RURAL_002,
    name: '"Абай селолық округі әкімінің аппараты" мемлекеттік мекемесі',
    district: 'Ақтоғай ауданы',
    settlement: 'Абай',
    address: '1002008, Қарағанды облысы, Ақтоғай ауданы, Абай селосы',
    phones: [phone('+77103823543', '(71038) 23543', 'phone-fax')],
  }),
  karkaraly: row(F002, 4988, '5/2', {
    ...RURAL_002,
    name: '"Абай селолық округі әкімінің аппараты" мемлекеттік мекемесі',
    district: 'Қарқаралы ауданы',
    settlement: 'Абай',
    postcode: '100800',
    address: 'Қарағанды облысы, Қарқаралы ауданы, Абай ауылы, Мендеке батыр көшесі, 8',
    phones: [phone('+77214751341', '(72147) 51341', 'phone-fax')],
  }),
};

const KULANOTPES = {
  ...RURAL_002,
  name: '"Құланөтпес селолық округі әкімінің аппараты" мемлекеттік мекемесі',
  district: 'Нұра ауданы',
  settlement: 'Құланөтпес',
  address: 'Қарағанды облысы, Нұра ауданы, Құланөтпес селосы',
} as const;
const kulanotpes = (line: number, appendix: string, postcode: string, p: [string, string]) =>
  row(F002, line, appendix, { ...KULANOTPES, postcode, phones: [phone(p[0], p[1], 'phone-fax')] });

/** Two rural akims both named `Құланөтпес селолық округі` in Нұра ауданы, in standards 5 and 11. */
export const kulanotpesRows = {
  first5: kulanotpes(5092, '5/2', '100917', ['+77214435210', '(72144) 35210']),
  second5: kulanotpes(5124, '5/2', '100918', ['+77213233617', '(72132) 33617']),
  first11: kulanotpes(11907, '11/2', '100917', ['+77214435210', '(72144) 35210']),
  second11: kulanotpes(11939, '11/2', '100918', ['+77213233617', '(72132) 33617']),
};
