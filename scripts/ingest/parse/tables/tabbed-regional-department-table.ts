/**
 * 000 appendix 3 (lines 1725-1833): the regional employment and social programme departments
 * (басқарма) of the 14 regions, Astana and Almaty. Columns: №, name, address, phones, e-mails.
 */
import type { TableParser } from '../../types.ts';
import { appendixIs, parseTabbedTable } from './tabbed-table.ts';

export const tabbedRegionalDepartmentTable: TableParser = {
  name: 'tabbed-regional-department-table',
  matches: (appendix) => appendixIs(appendix, '000_', /басқармаларының мекенжайлары/iu),
  parse: (ctx) =>
    parseTabbedTable(ctx, {
      kind: 'regional-department',
      columns: ['number', 'name', 'address', 'phones', 'contacts'],
      regionFrom: 'name',
      districtFrom: 'none',
    }),
};
