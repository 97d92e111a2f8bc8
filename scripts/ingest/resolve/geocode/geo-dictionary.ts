/**
 * What the geocoder must know that the GeoNames data cannot tell: the regions as they were when the
 * acts were written (2008-2012), their centres then, the words that mark a settlement in an address,
 * and a short reviewed list of names that spelling rules cannot bridge. No coordinates here: every
 * point comes from content/geo/kz-places.json.
 */

export interface RegionOfTheTime {
  /** As the acts name it. */
  name: string;
  /** Its administrative centre then, as the acts write it. */
  centre: string;
  /**
   * GeoNames admin1 names covering its territory today. GeoNames has split some regions since:
   * Zhetysu (2022) from Almaty Region, Abai (2022) from East Kazakhstan, Ulytau (2022) from Karaganda,
   * Shymkent city (2018) from South Kazakhstan (now Turkistan); Baikonur lies in Kyzylorda region.
   */
  admin1: string[];
}

export const REGIONS_OF_THE_TIME: RegionOfTheTime[] = [
  { name: 'Ақмола облысы', centre: 'Көкшетау', admin1: ['Aqmola'] },
  { name: 'Ақтөбе облысы', centre: 'Ақтөбе', admin1: ['Aktobe'] },
  { name: 'Алматы облысы', centre: 'Талдықорған', admin1: ['Almaty Region', 'Zhetysu Region'] },
  { name: 'Атырау облысы', centre: 'Атырау', admin1: ['Atyrau Oblisi'] },
  { name: 'Батыс Қазақстан облысы', centre: 'Орал', admin1: ['West Kazakhstan'] },
  { name: 'Жамбыл облысы', centre: 'Тараз', admin1: ['Zhambyl'] },
  { name: 'Қарағанды облысы', centre: 'Қарағанды', admin1: ['Karaganda', 'Ulytau Region'] },
  { name: 'Қостанай облысы', centre: 'Қостанай', admin1: ['Kostanay'] },
  { name: 'Қызылорда облысы', centre: 'Қызылорда', admin1: ['Kyzylorda', 'Baikonur'] },
  { name: 'Маңғыстау облысы', centre: 'Ақтау', admin1: ['Mangystau'] },
  { name: 'Оңтүстік Қазақстан облысы', centre: 'Шымкент', admin1: ['Turkistan', 'Shymkent'] },
  { name: 'Павлодар облысы', centre: 'Павлодар', admin1: ['Pavlodar Region'] },
  { name: 'Солтүстік Қазақстан облысы', centre: 'Петропавл', admin1: ['North Kazakhstan'] },
  { name: 'Шығыс Қазақстан облысы', centre: 'Өскемен', admin1: ['East Kazakhstan', 'Abai Region'] },
  { name: 'Астана қаласы', centre: 'Астана', admin1: ['Astana'] },
  { name: 'Алматы қаласы', centre: 'Алматы', admin1: ['Almaty'] },
];

/**
 * Words after a settlement name in an address (`Жансүгіров кенті`, `Ақкөл қаласы`, `Аюлы ауылы`,
 * `Ақтоғай селосы`), with their abbreviations and the Russian forms (`г. Тараз`, `с. Шағым`).
 */
export const SETTLEMENT_WORDS_AFTER = ['қаласы', 'ауылы', 'кенті', 'селосы', 'поселкесі', 'қ.', 'а.', 'к.'];
export const SETTLEMENT_WORDS_BEFORE = ['г.', 'с.', 'п.', 'пос.', 'село', 'поселок'];
/** Words after a district name: `Ақсу ауданы`; a city of regional significance is `Степногор қаласы`. */
export const DISTRICT_WORDS = ['ауданы', 'ауданының', 'ауд.'];

/**
 * Names transliteration cannot bridge: the name as the acts write it -> a GeoNames name of the same
 * place. Tests check that every target exists in the gazetteer. Keep each with its reason.
 */
export const PLACE_ALIASES: { name: string; geonames: string; reason: string }[] = [
  {
    name: 'Шонжы',
    geonames: 'Chundzha',
    reason: 'Kazakh name of Чунджа, centre of Ұйғыр ауданы; GeoNames has only the Russian form',
  },
  {
    name: 'Шәуілдір',
    geonames: 'Shaul’der',
    reason: 'Kazakh name of Шаульдер, centre of Отырар ауданы; the Russian form drops a vowel',
  },
  {
    name: 'Ганюшкин',
    geonames: 'Maloye Ganyushkino',
    reason: 'Ганюшкино, centre of Құрманғазы ауданы; GeoNames lists it only as its part Maloye Ganyushkino (PPLX)',
  },
];

/**
 * GeoNames entries whose admin1 code contradicts their own coordinates, with the region they lie in.
 * Without the fix the region check would refuse them.
 */
export const ADMIN1_CORRECTIONS: { id: number; admin1: string; reason: string }[] = [
  {
    id: 608915,
    admin1: 'Atyrau Oblisi',
    reason: 'Makhambet (47.67, 51.59), centre of Махамбет ауданы of Атырау облысы, 70 km from Atyrau, is coded Aktobe',
  },
];
