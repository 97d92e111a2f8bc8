/**
 * A version's documents as people use them: what everyone brings, what some bring (with the condition as
 * written), and remarks that are not documents at all (originals are returned after checking).
 */
import type { ServiceVersion } from '../../schemas/service.ts';

export type DocumentEntry = ServiceVersion['documents'][number];

export interface DocumentGroups {
  required: DocumentEntry[];
  conditional: DocumentEntry[];
  remarks: DocumentEntry[];
}

/** Entries without a `kind` (data written before the classification) count as required, as before. */
export function groupDocuments(documents: readonly DocumentEntry[]): DocumentGroups {
  return {
    required: documents.filter((d) => (d.kind ?? 'required') === 'required'),
    conditional: documents.filter((d) => d.kind === 'conditional'),
    remarks: documents.filter((d) => d.kind === 'remark'),
  };
}
