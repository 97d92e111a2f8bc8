/**
 * Tabbed department tables with a contacts column: 002 (every standard's appendix 1), the Karaganda
 * region's city and district employment departments.
 * Columns: N, name, address with phones on its own lines (`тел. (7212) 300169`, `факс (7212) 300229`),
 * web site and e-mail. The same table repeats in each standard; every copy is read (merging comes later).
 */
import type { TableParser } from '../../types.ts';
import { detectTable } from '../detect/detect-table.ts';
import { parseTabbedTable } from './tabbed-table.ts';

export const tabbedDepartmentContactsTable: TableParser = {
  name: 'tabbed-department-contacts-table',
  form: 'tabbed',
  detect: (appendix) =>
    detectTable(appendix, {
      form: 'tabbed',
      titles: ['бөлімдерінің байланыс мәліметтері'],
      headers: ['бөлімдердің атауы', 'веб-сайт, электрондық пошта'],
    }),
  parse: (ctx) =>
    parseTabbedTable(ctx, {
      kind: 'employment-department',
      columns: ['number', 'name', 'address', 'contacts'],
      regionFrom: 'act',
      districtFrom: 'name',
      splitAddressPhones: true,
    }),
};
