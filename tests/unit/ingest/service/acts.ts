import type { Act } from '../../../../src/schemas/act.ts';
import { sourceFile } from '../../../helpers/source-files.ts';

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
  '000': act('2011-394', sourceFile('000'), null),
  '001': act('2012-349', sourceFile('001'), 'Алматы облысы'),
  '002': act('2008-32-08', sourceFile('002'), 'Қарағанды облысы'),
  '003': act('2008-120', sourceFile('003'), 'Жамбыл облысы'),
  '004': act('2008-a-6-342', sourceFile('004'), 'Ақмола облысы'),
};
