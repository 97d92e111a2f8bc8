/**
 * 000 appendix 3 (lines 1725-1833): the regional employment and social programme departments
 * (басқарма) of the 14 regions, Astana and Almaty. Columns: №, name, address, phones, e-mails.
 */
import type { TableParser } from '../../types.ts';
import { detectTable } from '../detect/detect-table.ts';
import { parseTabbedTable } from './tabbed-table.ts';

export const tabbedRegionalDepartmentTable: TableParser = {
  name: 'tabbed-regional-department-table',
  form: 'tabbed',
  detect: (appendix) =>
    detectTable(appendix, {
      form: 'tabbed',
      titles: ['басқармаларының мекенжайлары'],
      headers: ['уәкілетті органдардың атауы', 'электрондық мекенжайы'],
    }),
  parse: (ctx) =>
    parseTabbedTable(ctx, {
      kind: 'regional-department',
      columns: ['number', 'name', 'address', 'phones', 'contacts'],
      regionFrom: 'name',
      districtFrom: 'none',
    }),
};
