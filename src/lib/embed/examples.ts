/**
 * The examples the /embed/ page shows live: one office, its district and one service, picked by rule
 * so the page stays meaningful when the data change (an office with an address, a dialable phone and
 * hours; a service whose lead version lists documents).
 */
import type { Act } from '../../schemas/act.ts';
import type { Office } from '../../schemas/office.ts';
import type { Service, ServiceVersion } from '../../schemas/service.ts';
import type { DistrictPage, RegionPage } from '../places/pages.ts';
import { leadVersion } from '../services/view.ts';

export interface EmbedExamples {
  office: Office | null;
  district: DistrictPage | null;
  service: { service: Service; version: ServiceVersion } | null;
}

const isShowcase = (o: Office): boolean =>
  o.kind === 'employment-department' && o.address !== null && o.hours !== null && o.phones.some((p) => p.number);

export function pickExamples(
  regions: readonly RegionPage[],
  services: readonly Service[],
  acts: readonly Act[],
): EmbedExamples {
  const districts = regions.flatMap((r) => r.districts);
  const district = districts.find((d) => d.offices.some(isShowcase)) ?? districts[0] ?? null;
  const office = district?.offices.find(isShowcase) ?? district?.offices[0] ?? null;
  const leads = services.map((service) => ({ service, version: leadVersion(service, acts) }));
  const service = leads.find((s) => s.version.documents.length > 0) ?? leads[0] ?? null;
  return { office, district, service };
}
