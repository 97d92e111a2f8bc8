import type { Act } from '../../../../src/schemas/act.ts';

function act(id: string, file: string, region: string | null): Act {
  const [year = '2000'] = id.split('-');
  return {
    id,
    title: id,
    issuer: region ?? 'Қазақстан Республикасының Үкіметі',
    date: `${year}-01-01`,
    number: id.slice(5),
    registration: null,
    status: 'unknown',
    repealedBy: null,
    documents: [],
    file,
    region,
    amendments: [],
    flags: [],
    sources: [{ file, line: 1 }],
  };
}

/** Minimal acts for the five sources, with ids in the `year-number` form the act parser gives. */
export const ACTS: Record<string, Act> = {
  '000': act('2011-394', '000_8780a4b2e90bbbe3.txt', null),
  '001': act('2012-349', '001_c8303bd5a1b4be25.txt', 'Алматы облысы'),
  '002': act('2008-32-08', '002_24378b1da5dcbe4b.txt', 'Қарағанды облысы'),
  '003': act('2008-120', '003_c35db5c653e8b815.txt', 'Жамбыл облысы'),
  '004': act('2008-a-6-342', '004_b408720c1e18927b.txt', 'Ақмола облысы'),
};
