/**
 * What the ingest reads besides the acts: the reviewed hand corrections, the service-name alias table, the pinned service ids and
 * the offline gazetteer. index.ts reads them (read-inputs.ts) and passes them in, so every input of the
 * pipeline is in its signature and tests can pass their own.
 */
import type { RussianPlaceName } from '../../src/schemas/russian-names.ts';
import type { KzGazetteer } from '../geodata/types.ts';
import type { LoadedCorrections } from './corrections.ts';
import type { CityAreaCodes } from './resolve/city-area-codes.ts';
import type { ContactCorrections } from './resolve/contact-corrections.ts';
import type { DistrictCentreList } from './resolve/geocode/district-centres.ts';
import type { OfficeIds } from './resolve/merge-offices/office-ids.ts';
import type { ServiceAliases } from './resolve/service-aliases.ts';
import type { ServiceIds } from './resolve/service-ids.ts';

export interface IngestInputs {
  /** content/corrections/office-rows.json, validated entry by entry. */
  corrections: LoadedCorrections;
  /** content/corrections/service-aliases.json, validated entry by entry. */
  aliases: ServiceAliases;
  /** content/corrections/service-ids.json: published ids of services several acts approve. */
  serviceIds: ServiceIds;
  /**
   * content/names/office-ids.json: the published id of every office, by the act rows that list it, so no
   * act's absence or order renames another's office.
   */
  officeIds: OfficeIds;
  /** content/geo/kz-places.json, cut from the GeoNames packages by `npm run geodata`. */
  gazetteer: KzGazetteer;
  /**
   * content/geo/district-centres.json: the reviewed centre of every district the acts name, so an office
   * placed by its district sits where the list says, whichever other acts are read.
   */
  districtCentres: DistrictCentreList;
  /**
   * content/names/ru.json `places`: the reviewed place list (each entry with its source). A district's or
   * city's id comes from here, so no act's presence or spelling renames it; a place none of it, the
   * gazetteer or a second act knows is not published (resolve/confirm-places.ts).
   */
  reviewedPlaces: readonly RussianPlaceName[];
  /** content/phone/city-area-codes.json: reviewed city area codes with their source; none when absent. */
  areaCodes?: CityAreaCodes;
  /** content/corrections/contacts.json: reviewed corrections of look-alike e-mails and websites; none when absent. */
  contactCorrections?: ContactCorrections;
}
