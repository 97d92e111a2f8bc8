/**
 * Lists of ids in records, sorted by id (issue 19): an office's services and roles, a version's offices
 * and its complaint route's districts were in the order rows were read, so damaging one act reordered
 * another act's records. Sorted, no list depends on which act was read first or is present.
 */
import type { Office } from '../../../src/schemas/office.ts';
import type { Service } from '../../../src/schemas/service.ts';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function sortRecordLists(
  services: readonly Service[],
  offices: readonly Office[],
): { services: Service[]; offices: Office[] } {
  return {
    services: services.map((s) => ({
      ...s,
      versions: s.versions.map((v) => ({
        ...v,
        ...(v.offices ? { offices: [...v.offices].sort(byText) } : {}),
        ...(v.complaintOffices
          ? {
              complaintOffices: v.complaintOffices
                .map((c) => ({
                  ...c,
                  steps: c.steps.map((step) => ({ ...step, officeIds: [...step.officeIds].sort(byText) })),
                }))
                .sort((a, b) => byText(a.district, b.district)),
            }
          : {}),
      })),
    })),
    offices: offices.map((o) => ({
      ...o,
      ...(o.services ? { services: [...o.services].sort(byText) } : {}),
      ...(o.roles
        ? { roles: [...o.roles].sort((a, b) => byText(a.version, b.version) || byText(a.role, b.role)) }
        : {}),
    })),
  };
}
