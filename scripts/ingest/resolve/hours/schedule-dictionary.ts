import type { OfficeKind } from '../../../../src/schemas/office.ts';

/**
 * Sentences of a schedule clause that name a kind of office, and the kinds they name. 000 clause 1
 * defines `уәкілетті орган` as the regional `басқармалары` and the district `бөлімдері`, and `орталық`
 * as the public service centre; 003 writes `Бөлімдердің жұмыс кестесі`.
 */
export const KIND_SENTENCES: readonly { test: RegExp; kinds: readonly OfficeKind[] }[] = [
  {
    test: /^уәк[іi]летт[іi]\s+орган\p{L}*\s+жұмыс\s+кестес/iu,
    kinds: ['employment-department', 'regional-department'],
  },
  { test: /^бөл[іi]мдер\p{L}*\s+жұмыс\s+кестес/iu, kinds: ['employment-department'] },
  { test: /^орталық\p{L}*\s+жұмыс\s+кестес/iu, kinds: ['public-service-centre'] },
];

/** `Мемлекеттік қызмет күн сайын ... ұсынылады` (002, 004): when the service is given, not who works when. */
export const SERVICE_SENTENCE = /^мемлекетт[іi]к\s+қызмет\s/iu;

/** A sentence that states times at all (`9.00-ден 18.00-ге`, `9-00 ден`): the others are about queues. */
export const HAS_TIME = /\d{1,2}[.:-]\d{2}/u;
