/**
 * The service view model and its service x district answers: what a service's page, embed page, code
 * entry and JSON route show, and the one answer page per district where it applies, built once per build.
 */
import type { Act } from '../../schemas/act.ts';
import type { Office } from '../../schemas/office.ts';
import type { Service, ServiceVersion } from '../../schemas/service.ts';
import type { RegionPage } from '../places/pages.ts';
import { type ServiceDistrict, serviceDistricts } from './districts.ts';
import { leadVersion } from './view.ts';

export interface ServiceModel {
  service: Service;
  /** The version the page and the embed lead with, and its act. */
  lead: ServiceVersion;
  leadAct: Act | undefined;
  /** Every district where some version applies, each with its answer page. */
  districts: ServiceDistrict[];
  /** Every region, with the service's districts in it: a region with none is listed too, to say so. */
  byRegion: { region: RegionPage; districts: ServiceDistrict[] }[];
}

export function serviceModel(
  service: Service,
  regions: readonly RegionPage[],
  offices: readonly Office[],
  acts: readonly Act[],
): ServiceModel {
  const lead = leadVersion(service, acts);
  const districts = serviceDistricts(service, regions, offices);
  return {
    service,
    lead,
    leadAct: acts.find((a) => a.id === lead.act),
    districts,
    byRegion: regions.map((region) => ({
      region,
      districts: districts.filter((d) => d.district.regionId === region.id),
    })),
  };
}

/** Every service's model by service id, in the order of `services`. */
export function serviceModels(
  services: readonly Service[],
  regions: readonly RegionPage[],
  offices: readonly Office[],
  acts: readonly Act[],
): Map<string, ServiceModel> {
  return new Map(services.map((s) => [s.id, serviceModel(s, regions, offices, acts)]));
}
