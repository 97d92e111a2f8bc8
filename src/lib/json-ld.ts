/**
 * schema.org structured data for pages: GovernmentOffice with its address, contact points and opening
 * hours, and GovernmentService with its provider and channels. Built from the records, never from page text.
 * On a Russian page the names stay as written (Kazakh data); the URL is the page's.
 *
 * Typed with schema-dts: every object is a literal of its schema.org type, so a property schema.org does
 * not define for the type (`inLanguage` on GovernmentOffice, which issue 18 found on 1,558 blocks) fails
 * the type check. Nothing is claimed that the acts do not say: no `availableLanguage` (no act names the
 * languages a phone answers in).
 */
import type {
  AdministrativeArea,
  ContactPoint,
  Country,
  GeoCoordinates,
  GovernmentOfficeLeaf,
  GovernmentServiceLeaf,
  OpeningHoursSpecification,
  PostalAddress,
  WithContext,
} from 'schema-dts';
import { type Lang, localeHref, ui } from '../i18n/index.ts';
import type { Office } from '../schemas/office.ts';
import type { Service, ServiceVersion } from '../schemas/service.ts';
import { weeklyIntervals } from './hours/opening-hours.ts';
import { officeHref } from './names/office-kind.ts';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

function hhmm(minuteOfDay: number): string {
  return `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
}

/** One OpeningHoursSpecification per open interval of the week. */
export function openingHoursSpecification(osm: string): OpeningHoursSpecification[] {
  return weeklyIntervals(osm).map(([from, to]): OpeningHoursSpecification => {
    const day = Math.floor(from / 1440);
    return {
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: `https://schema.org/${DAYS[day] ?? 'Monday'}`,
      opens: hhmm(from - day * 1440),
      closes: hhmm(to - day * 1440),
    };
  });
}

function postalAddress(office: Office, address: string): PostalAddress {
  const postal: PostalAddress = {
    '@type': 'PostalAddress',
    streetAddress: address,
    addressRegion: office.region,
    addressCountry: 'KZ',
  };
  if (office.postcode) postal.postalCode = office.postcode;
  if (office.settlement) postal.addressLocality = office.settlement;
  return postal;
}

/** A dialable number's contact point: `telephone`, or `faxNumber` for a fax line. */
function phoneContact(type: Office['phones'][number]['type'], number: string): ContactPoint {
  return type === 'fax'
    ? { '@type': 'ContactPoint', faxNumber: number }
    : { '@type': 'ContactPoint', telephone: number };
}

export function officeJsonLd(office: Office, site: URL, lang: Lang = 'kk'): WithContext<GovernmentOfficeLeaf> {
  const url = new URL(localeHref(lang, officeHref(office)), site).href;
  const contactPoint: ContactPoint[] = [
    ...office.phones.flatMap((p) => (p.number ? [phoneContact(p.type, p.number)] : [])),
    ...office.emails.map((email): ContactPoint => ({ '@type': 'ContactPoint', email })),
  ];
  const ld: WithContext<GovernmentOfficeLeaf> = {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOffice',
    '@id': url,
    url,
    name: office.name,
    contactPoint,
  };
  if (office.address) ld.address = postalAddress(office, office.address);
  if (office.hours?.osm) ld.openingHoursSpecification = openingHoursSpecification(office.hours.osm);
  if (office.location) {
    const geo: GeoCoordinates = {
      '@type': 'GeoCoordinates',
      latitude: office.location.lat,
      longitude: office.location.lon,
    };
    ld.geo = geo;
  }
  return ld;
}

export function serviceJsonLd(
  service: Service,
  lead: ServiceVersion,
  site: URL,
  lang: Lang = 'kk',
): WithContext<GovernmentServiceLeaf> {
  const area: AdministrativeArea | Country = lead.region
    ? { '@type': 'AdministrativeArea', name: lead.region }
    : { '@type': 'Country', name: ui(lang)['jsonLd.country'] };
  const ld: WithContext<GovernmentServiceLeaf> = {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    '@id': new URL(localeHref(lang, `/services/${service.id}/`), site).href,
    name: service.name,
    serviceType: service.name,
    areaServed: area,
  };
  if (lead.provider) ld.provider = { '@type': 'GovernmentOrganization', name: lead.provider };
  if (lead.cost?.free) ld.offers = { '@type': 'Offer', price: 0, priceCurrency: 'KZT' };
  return ld;
}

/**
 * JSON for a `<script type="application/ld+json">` body. `JSON.stringify` leaves `</script>` intact,
 * so an office named `</script><script>…` would close the block and run; `<`, `>` and `&` become
 * `\u003c`-style escapes (still the same JSON), and U+2028/U+2029 too, which old parsers treat as line ends.
 */
export function serialiseJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
