/**
 * Which offices deliver which service version, read from the appendices that list them: a standard's
 * departments deliver it, rural akims take applications, public service centres are the other channel,
 * regional departments and akims' apparatuses take complaints. Writes `services` and `roles` on offices
 * and `offices` on versions.
 */
import type { Office, OfficeKind, OfficeRole } from '../../../src/schemas/office.ts';
import type { Service } from '../../../src/schemas/service.ts';

export const ROLE_OF_KIND: Readonly<Record<OfficeKind, OfficeRole>> = {
  'employment-department': 'delivers',
  'rural-akim': 'accepts-applications',
  'public-service-centre': 'alternative-channel',
  'regional-department': 'complaints',
  'akim-office': 'complaints',
};

/** `2012-349-6/2` -> `2012-349-6`. */
export const versionOfAppendix = (appendix: string): string => appendix.split('/')[0] ?? appendix;

export interface LinkResult {
  services: Service[];
  offices: Office[];
}

export function linkServicesOffices(services: readonly Service[], offices: readonly Office[]): LinkResult {
  const serviceOf = new Map<string, string>();
  for (const s of services) for (const v of s.versions) serviceOf.set(v.id, s.id);
  const officesOf = new Map<string, string[]>();
  const linked = offices.map((o) => {
    const versions = [...new Set(o.sources.map((src) => versionOfAppendix(src.appendix)))].filter((v) =>
      serviceOf.has(v),
    );
    for (const v of versions) officesOf.set(v, [...(officesOf.get(v) ?? []), o.id]);
    return {
      ...o,
      services: [...new Set(versions.map((v) => serviceOf.get(v) as string))],
      roles: versions.map((version) => ({ version, role: ROLE_OF_KIND[o.kind] })),
    };
  });
  return {
    offices: linked,
    services: services.map((s) => ({
      ...s,
      versions: s.versions.map((v) => ({ ...v, offices: officesOf.get(v.id) ?? [] })),
    })),
  };
}
