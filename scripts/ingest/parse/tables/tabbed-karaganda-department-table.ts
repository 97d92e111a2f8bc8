/**
 * 002 (every standard's appendix 1): the Karaganda region's city and district employment departments.
 * Columns: N, name, address with phones on its own lines (`тел. (7212) 300169`, `факс (7212) 300229`),
 * web site and e-mail. The same table repeats in each standard; every copy is read (merging comes later).
 */
import type { TableParser } from '../../types.ts';
import { appendixIs, parseTabbedTable } from './tabbed-table.ts';

export const tabbedKaragandaDepartmentTable: TableParser = {
  name: 'tabbed-karaganda-department-table',
  matches: (appendix) => appendixIs(appendix, '002_', /бөлімдерінің байланыс мәліметтері/iu),
  parse: (ctx) =>
    parseTabbedTable(ctx, {
      kind: 'employment-department',
      columns: ['number', 'name', 'address', 'contacts'],
      regionFrom: 'act',
      districtFrom: 'name',
      splitAddressPhones: true,
    }),
};
