/**
 * 002 (appendix 3 or 4 of each standard): the Karaganda region's city and district akim apparatuses with
 * their officials' reception schedules. No number column. Columns: name, address with phones, receptions
 * (`Әкім: апта сайын сейсенбі күндері, сағ. 15.00-тен 16.00 дейін; Орынбасары: ...`, kept whole), web
 * site and e-mail.
 */
import type { TableParser } from '../../types.ts';
import { appendixIs, parseTabbedTable } from './tabbed-table.ts';

export const tabbedKaragandaAkimTable: TableParser = {
  name: 'tabbed-karaganda-akim-table',
  matches: (appendix) => appendixIs(appendix, '002_', /әкімдерінің байланыс мәліметтері мен қабылдау кестелері/iu),
  parse: (ctx) =>
    parseTabbedTable(ctx, {
      kind: 'akim-office',
      columns: ['name', 'address', 'receptions', 'contacts'],
      regionFrom: 'act',
      districtFrom: 'name',
      splitAddressPhones: true,
    }),
};
