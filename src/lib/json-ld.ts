/**
 * schema.org structured data for pages: GovernmentOffice with its address, contact points and opening
 * hours, and GovernmentService with its provider and channels. Built from the records, never from page text.
 * On a Russian page the names stay as written (Kazakh data); the URL and `inLanguage` are the page's.
 */
import { type Lang, localeHref, ui } from '../i18n/index.ts';
import type { Office } from '../schemas/office.ts';
import type { Service, ServiceVersion } from '../schemas/service.ts';
import { weeklyIntervals } from './hours/opening-hours.ts';
import { officeHref } from './names/office-kind.ts';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function hhmm(minuteOfDay: number): string {
  return `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
}

/** One OpeningHoursSpecification per open interval of the week. */
export function openingHoursSpecification(osm: string) {
  return weeklyIntervals(osm).map(([from, to]) => {
    const day = Math.floor(from / 1440);
    return {
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: `https://schema.org/${DAYS[day]}`,
      opens: hhmm(from - day * 1440),
      closes: hhmm(to - day * 1440),
    };
  });
}

export function officeJsonLd(office: Office, site: URL, lang: Lang = 'kk') {
  const url = new URL(localeHref(lang, officeHref(office)), site).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOffice',
    '@id': url,
    url,
    inLanguage: lang,
    name: office.name,
    ...(office.address
      ? {
          address: {
            '@type': 'PostalAddress',
            streetAddress: office.address,
            ...(office.postcode ? { postalCode: office.postcode } : {}),
            ...(office.settlement ? { addressLocality: office.settlement } : {}),
            addressRegion: office.region,
            addressCountry: 'KZ',
          },
        }
      : {}),
    contactPoint: [
      ...office.phones.flatMap((p) =>
        p.number
          ? [
              {
                '@type': 'ContactPoint',
                [p.type === 'fax' ? 'faxNumber' : 'telephone']: p.number,
                availableLanguage: ['kk', 'ru'],
              },
            ]
          : [],
      ),
      ...office.emails.map((email) => ({ '@type': 'ContactPoint', email })),
    ],
    ...(office.hours?.osm ? { openingHoursSpecification: openingHoursSpecification(office.hours.osm) } : {}),
    ...(office.location
      ? { geo: { '@type': 'GeoCoordinates', latitude: office.location.lat, longitude: office.location.lon } }
      : {}),
  };
}

export function serviceJsonLd(service: Service, lead: ServiceVersion, site: URL, lang: Lang = 'kk') {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    '@id': new URL(localeHref(lang, `/services/${service.id}/`), site).href,
    inLanguage: lang,
    name: service.name,
    serviceType: service.name,
    ...(lead.provider ? { provider: { '@type': 'GovernmentOrganization', name: lead.provider } } : {}),
    areaServed: lead.region
      ? { '@type': 'AdministrativeArea', name: lead.region }
      : { '@type': 'Country', name: ui(lang)['jsonLd.country'] },
    ...(lead.cost?.free ? { offers: { '@type': 'Offer', price: 0, priceCurrency: 'KZT' } } : {}),
  };
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
