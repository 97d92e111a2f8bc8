/**
 * 000 appendix 5 (lines 1896-2004): the akim apparatuses of the regions, Astana and Almaty. Columns: №,
 * name, the unit responsible for public service centres (-> `unit`), the unit's phone, address.
 */
import type { TableParser } from '../../types.ts';
import { detectTable } from '../detect/detect-table.ts';
import { parseTabbedTable } from './tabbed-table.ts';

export const tabbedRegionalAkimTable: TableParser = {
  name: 'tabbed-regional-akim-table',
  form: 'tabbed',
  detect: (appendix) =>
    detectTable(appendix, {
      form: 'tabbed',
      titles: ['әкімдіктері аппараттарының тізбесі'],
      headers: ['ХҚКО қызметін ұйымдастыруға жауапты'],
    }),
  parse: (ctx) =>
    parseTabbedTable(ctx, {
      kind: 'akim-office',
      columns: ['number', 'name', 'unit', 'phones', 'address'],
      regionFrom: 'name',
      districtFrom: 'none',
    }),
};
