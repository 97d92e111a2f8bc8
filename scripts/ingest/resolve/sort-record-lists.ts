/**
 * Lists of ids in records, sorted by id (issue 19): an office's services and roles were in the order its
 * rows were read, so damaging one act reordered another act's office's roles. Sorted, no list depends on
 * which act was read first or is present.
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
      versions: s.versions.map((v) => (v.offices ? { ...v, offices: [...v.offices].sort(byText) } : v)),
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
