/**
 * Tabbed akim tables with reception schedules: 002 (appendix 3 or 4 of each standard), the Karaganda
 * region's city and district akim apparatuses with
 * their officials' reception schedules. No number column. Columns: name, address with phones, receptions
 * (`Әкім: апта сайын сейсенбі күндері, сағ. 15.00-тен 16.00 дейін; Орынбасары: ...`, kept whole), web
 * site and e-mail.
 */
import type { TableParser } from '../../types.ts';
import { detectTable } from '../detect/detect-table.ts';
import { parseTabbedTable } from './tabbed-table.ts';

export const tabbedAkimReceptionsTable: TableParser = {
  name: 'tabbed-akim-receptions-table',
  form: 'tabbed',
  detect: (appendix) =>
    detectTable(appendix, {
      form: 'tabbed',
      titles: ['әкімдерінің байланыс мәліметтері мен қабылдау кестелері'],
      headers: ['азаматтарды қабылдау кестелері', 'веб-сайт, электрондық пошта'],
    }),
  parse: (ctx) =>
    parseTabbedTable(ctx, {
      kind: 'akim-office',
      columns: ['name', 'address', 'receptions', 'contacts'],
      regionFrom: 'act',
      districtFrom: 'name',
      splitAddressPhones: true,
    }),
};
