/** What an office does for a service version, read from its `roles` (the ingest's reading of the appendices). */
import type { Office } from '../../schemas/office.ts';
import type { ServiceVersion } from '../../schemas/service.ts';

/**
 * Whether the office is named in a version's appendices only as a place to complain (a regional
 * department, an akim): it is then no place to apply. An office without roles is never complaints-only.
 */
export function onlyTakesComplaints(office: Pick<Office, 'roles'>, version: Pick<ServiceVersion, 'id'>): boolean {
  return office.roles?.every((r) => r.version !== version.id || r.role === 'complaints') === true;
}
