/**
 * Records as the ingest emits them from the acts (copied from content/data at the time of writing, so
 * the snippet tests do not move when the data are re-ingested): a centre whose name carries ASCII quotes,
 * a department with a number whose area code is unknown, a rural akim, and one service version.
 */
import type { Act } from '../../../src/schemas/act.ts';
import type { Office } from '../../../src/schemas/office.ts';
import type { Place } from '../../../src/schemas/place.ts';
import type { ServiceVersion } from '../../../src/schemas/service.ts';
import { act, office, place, serviceVersion } from '../../helpers/records.ts';
import { sourceFile } from '../../helpers/source-files.ts';

/** 001:10311, appendix 7/3 of 2012-349: the name quotes the parent body with ASCII `"`. */
export const aksuCentre: Office = office({
  id: '2012-349-7-a3-r1',
  kind: 'public-service-centre',
  name: 'Ақсу аудандық филиалы РММ "Алматы облысының халыққа қызмет көрсету орталығы"',
  region: 'Алматы облысы',
  district: 'Ақсу ауданы',
  address: 'Ақсу ауданы, Жансүгіров кенті, Қабанбай батыр көш., 20 үй',
  phones: [
    { number: '+77283221216', raw: '8-72832 2-12-16', type: 'phone', note: null },
    { number: '+77283221451', raw: '2-14-51', type: 'phone', note: null },
  ],
  hours: {
    text: 'дүйсенбі- жұма 9-00-дан 20-00 дейін үзіліссіз, сенбі 9-00-дан 15-00 дейін, жексенбі- демалыс',
    osm: 'Mo-Fr 09:00-20:00; Sa 09:00-15:00',
    from: 'row',
  },
  sources: [{ file: sourceFile('001'), line: 10311, act: '2012-349', appendix: '2012-349-7/3' }],
});

/** 000:1184: "32-00-96" with no area code anywhere in the row, so no tel: link may be made. */
export const pavlodarDepartment: Office = office({
  id: '2011-394-1-a1-r158',
  kind: 'employment-department',
  name: 'Павлодар қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
  region: 'Павлодар облысы',
  district: 'Павлодар қаласы',
  address: 'Павлодар қаласы, Кривенко көшесі, 25',
  phones: [
    { number: null, raw: '32-00-96', type: 'phone', note: null },
    { number: null, raw: '32-85-34', type: 'phone', note: null },
  ],
  emails: ['uprzanpv@mail.ru'],
  sources: [{ file: sourceFile('000'), line: 1184, act: '2011-394', appendix: '2011-394-1/1' }],
});

/** 000:86, the first row of the first office table. */
export const akkolDepartment: Office = office({
  id: '2011-394-1-a1-r1',
  kind: 'employment-department',
  name: 'Ақкөл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
  region: 'Ақмола облысы',
  district: 'Ақкөл ауданы',
  postcode: '020100',
  address: 'Ақкөл қаласы, Нұрмағамбетов көшесі, 81',
  phones: [{ number: '+77163821048', raw: '8-71638 2-10-48', type: 'phone', note: null }],
  emails: ['akkol_ozsp@mail.ru'],
  hours: {
    text: 'Демалыс және мереке күндерін қоспағанда аптасына бес күн Сағат 9-00 бастап 18-00 дейін, түскі үзіліс сағат 13-00 бастап 14-00 дейін',
    osm: 'Mo-Fr 09:00-13:00,14:00-18:00',
    from: 'row',
  },
  sources: [{ file: sourceFile('000'), line: 86, act: '2011-394', appendix: '2011-394-1/1' }],
});

/** 002:4608: a rural akim whose row has a phone-fax and the standard's general schedule. */
export const gulshatAkim: Office = office({
  id: '2008-32-08-5-a2-r1',
  kind: 'rural-akim',
  name: '"Гүлшат кенті әкімінің аппараты" мемлекеттік мекемесі',
  region: 'Қарағанды облысы',
  district: 'Балқаш қаласы',
  postcode: '100300',
  address: 'Қарағанды облысы, Балқаш қаласы, Гүлшат кенті, Ағыбай батыр көшесі, 23',
  phones: [{ number: '+77103653953', raw: '(71036) 53953', type: 'phone-fax', note: null }],
  sources: [{ file: sourceFile('002'), line: 4608, act: '2008-32-08', appendix: '2008-32-08-5/2' }],
});

const sources = [{ file: sourceFile('002'), line: 40 }];

/** Karaganda's standard "Жұмыссыз азаматтарды есепке қою және тіркеу" (2008-32-08, document 1), shortened. */
export const registrationVersion: ServiceVersion = serviceVersion({
  id: '2008-32-08-1',
  act: '2008-32-08',
  region: 'Қарағанды облысы',
  name: 'Жұмыссыз азаматтарды есепке қою және тіркеу',
  result:
    'Мемлекеттік қызметті аяқтау нысаны болып жұмыссыз ретінде жұмыс іздеп жүрген тұлғаларды тану туралы шешім және жеке есеп карточкасы (мәліметтердің компьютерлік базасы) табылады.',
  cost: { free: true, text: 'Мемлекеттік қызмет көрсету ақысыз жүзеге асырылады.' },
  deadlines: [
    {
      label: 'Кезекте күту',
      channel: 'any',
      kind: 'queue-wait-submit',
      value: 40,
      unit: 'minute',
      raw: '40 минут',
      sources,
    },
    {
      label: 'Қызмет көрсету мерзімі',
      channel: 'any',
      kind: 'service-term',
      value: 10,
      unit: 'calendar-day',
      raw: '10 күнтізбелік күн',
      sources,
    },
  ],
  documents: [
    { text: 'жеке бас куәлігі (паспорт);', items: [], sources },
    { text: 'еңбек қызметін растайтын құжаттар;', items: [], sources },
    { text: 'әлеуметтік жеке кодтың берілгені туралы куәлік (ӘЖК);', items: [], sources },
    { text: 'салық төлеушінің тіркеу нөмірі (СТТН).', items: [], sources },
  ],
  sources,
});

/** The act of 002 (heading lines 1-9), trimmed to what the snippets read. */
export const karagandaAct: Act = act({
  id: '2008-32-08',
  title: 'Мемлекеттік қызметтерді көрсетудің стандарттарын бекіту туралы',
  issuer: 'Қарағанды облысының әкімдігі',
  date: '2008-11-25',
  number: '32/08',
  registration: { number: '1863', date: '2008-12-30' },
  status: 'repealed',
  repealedBy: { issuer: 'Қарағанды облысының әкімдігі', date: '2009-07-07', number: '18/10' },
  documents: ['2008-32-08-1'],
  file: sourceFile('002'),
  region: 'Қарағанды облысы',
  sources: [{ file: sourceFile('002'), line: 9 }],
});

/** The places (places.json) of the records above: their regions and districts. */
export const recordPlaces: Place[] = [
  place({ id: 'almaty-oblysy', name: 'Алматы облысы', kind: 'region', parent: null }),
  place({ id: 'akmola-oblysy', name: 'Ақмола облысы', kind: 'region', parent: null }),
  place({ id: 'karagandy-oblysy', name: 'Қарағанды облысы', kind: 'region', parent: null }),
  place({ id: 'pavlodar-oblysy', name: 'Павлодар облысы', kind: 'region', parent: null }),
  place({ id: 'aksu-audany', name: 'Ақсу ауданы', kind: 'district', parent: 'almaty-oblysy' }),
  place({ id: 'akkol-audany', name: 'Ақкөл ауданы', kind: 'district', parent: 'akmola-oblysy' }),
  place({
    id: 'balkash-kalasy',
    name: 'Балқаш қаласы',
    kind: 'city',
    parent: 'karagandy-oblysy',
    otherNames: ['Балхаш қаласы'],
  }),
  place({ id: 'pavlodar-kalasy', name: 'Павлодар қаласы', kind: 'city', parent: 'pavlodar-oblysy' }),
];
