/**
 * Every service x district answer the site builds, indexed both ways: by service (the service page's
 * district chooser) and by district (the district page's first list, the office page's links, the
 * situation pages). The pages of `/services/<id>/<district>/` come from the same `serviceDistricts`, so a
 * link made from here always has its page.
 */
import type { Office } from '../../schemas/office.ts';
import type { Service } from '../../schemas/service.ts';
import type { RegionPage } from '../places/pages.ts';
import { type ServiceDistrict, serviceDistricts } from './districts.ts';

export interface Answers {
  byService: ReadonlyMap<string, readonly ServiceDistrict[]>;
  /** District id -> its answers, in the services' order (Kazakh alphabetical, as `loadServices` sorts them). */
  byDistrict: ReadonlyMap<string, readonly ServiceDistrict[]>;
}

/** The index over each service's answers as its view model holds them (services/model.ts). */
export function indexAnswers(models: Iterable<{ service: Service; districts: readonly ServiceDistrict[] }>): Answers {
  const byService = new Map<string, readonly ServiceDistrict[]>();
  const byDistrict = new Map<string, ServiceDistrict[]>();
  for (const { service, districts } of models) {
    byService.set(service.id, districts);
    for (const entry of districts) {
      byDistrict.set(entry.district.id, [...(byDistrict.get(entry.district.id) ?? []), entry]);
    }
  }
  return { byService, byDistrict };
}

export function buildAnswers(
  services: readonly Service[],
  regions: readonly RegionPage[],
  offices: readonly Office[],
): Answers {
  return indexAnswers(services.map((service) => ({ service, districts: serviceDistricts(service, regions, offices) })));
}

/** Whether `/services/<serviceId>/<districtId>/` is built. */
export function hasAnswer(answers: Answers, serviceId: string, districtId: string): boolean {
  return answers.byDistrict.get(districtId)?.some((e) => e.service.id === serviceId) ?? false;
}
