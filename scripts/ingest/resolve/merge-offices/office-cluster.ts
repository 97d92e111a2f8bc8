/**
 * A group of source rows believed to be one office. Rows keep their order of arrival; the evidence the
 * refiners weigh (appendices, acts, postcodes, phones, addresses) is read off all of them.
 */
import type { OfficeRow } from '../../../../src/schemas/office.ts';
import { districtKey, foldKazakh, nameKey, nameTemplate, phoneTails } from './office-keys.ts';

/** The evidence of a cluster, computed once per row and unioned on merge (the refiners compare often). */
interface Evidence {
  appendices: Set<string>;
  acts: Set<string>;
  postcodes: Set<string>;
  phones: Set<string>;
  addresses: Set<string>;
  districtKeys: Set<string>;
  nameKeys: Set<string>;
  templates: Set<string>;
}

export interface OfficeCluster {
  rows: OfficeRow[];
  evidence: Evidence;
}

const present = (values: Iterable<string | null>): Set<string> => new Set([...values].filter((v): v is string => !!v));

export function cluster(row: OfficeRow): OfficeCluster {
  return {
    rows: [row],
    evidence: {
      appendices: present(row.sources.map((s) => s.appendix)),
      acts: present(row.sources.map((s) => s.act)),
      postcodes: present([row.postcode]),
      phones: phoneTails(row),
      addresses: present([row.address ? foldKazakh(row.address) : null]),
      districtKeys: present([districtKey(row)]),
      nameKeys: present([nameKey(row)]),
      templates: present([nameTemplate(row)]),
    },
  };
}

export function joinClusters(a: OfficeCluster, b: OfficeCluster): OfficeCluster {
  const evidence = { ...a.evidence };
  for (const k of Object.keys(evidence) as (keyof Evidence)[])
    evidence[k] = new Set([...a.evidence[k], ...b.evidence[k]]);
  return { rows: [...a.rows, ...b.rows], evidence };
}

/** The row every key of the cluster is read from: its first row (the first in source order). */
export function firstRow(c: OfficeCluster): OfficeRow {
  const row = c.rows[0];
  if (!row) throw new Error('empty office cluster');
  return row;
}

const overlaps = (a: Set<string>, b: Set<string>): boolean => [...a].some((x) => b.has(x));

export const appendices = (c: OfficeCluster) => c.evidence.appendices;
export const acts = (c: OfficeCluster) => c.evidence.acts;
export const postcodes = (c: OfficeCluster) => c.evidence.postcodes;
export const phones = (c: OfficeCluster) => c.evidence.phones;
export const addresses = (c: OfficeCluster) => c.evidence.addresses;
export const districtKeys = (c: OfficeCluster) => c.evidence.districtKeys;
export const nameKeys = (c: OfficeCluster) => c.evidence.nameKeys;
export const templates = (c: OfficeCluster) => c.evidence.templates;

/** One table never lists the same office twice: two rows of one appendix are two offices. */
export function shareAppendix(a: OfficeCluster, b: OfficeCluster): boolean {
  return overlaps(appendices(a), appendices(b));
}

/**
 * The authors' own duplicate: one table lists the same office twice, same address and phone (000
 * appendix 1 rows 6 and 10, `Жамбыл ауданының ... бөлімі`, `040600, Ұзынағаш ауылы`, `8-72770 2-22-60`).
 */
export function listedTwice(a: OfficeCluster, b: OfficeCluster): boolean {
  return sharePhone(a, b) && (overlaps(addresses(a), addresses(b)) || overlaps(postcodes(a), postcodes(b)));
}

export function sharePhone(a: OfficeCluster, b: OfficeCluster): boolean {
  return overlaps(phones(a), phones(b));
}

/**
 * Rows of one act that disagree on the postcode and share no phone are different offices: 002 lists
 * two `Құланөтпес селолық округі` in Нұра ауданы (100917, (72144) 35210 and 100918, (72132) 33617).
 * Across acts, postcodes and phones may have changed, so this is no veto there.
 */
export function contradict(a: OfficeCluster, b: OfficeCluster): boolean {
  if (!overlaps(acts(a), acts(b))) return false;
  const pa = postcodes(a);
  const pb = postcodes(b);
  return pa.size > 0 && pb.size > 0 && !overlaps(pa, pb) && !sharePhone(a, b);
}

/** How strongly the rows agree: same postcode, a shared phone, the same address. */
export function evidence(a: OfficeCluster, b: OfficeCluster): number {
  return (
    (overlaps(postcodes(a), postcodes(b)) ? 2 : 0) +
    (sharePhone(a, b) ? 2 : 0) +
    (overlaps(addresses(a), addresses(b)) ? 1 : 0)
  );
}
