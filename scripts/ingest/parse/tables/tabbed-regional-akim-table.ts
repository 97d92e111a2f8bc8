/**
 * 000 appendix 5 (lines 1896-2004): the akim apparatuses of the regions, Astana and Almaty. Columns: №,
 * name, the unit responsible for public service centres (-> `unit`), the unit's phone, address.
 */
import type { TableParser } from '../../types.ts';
import { appendixIs, parseTabbedTable } from './tabbed-table.ts';

export const tabbedRegionalAkimTable: TableParser = {
  name: 'tabbed-regional-akim-table',
  matches: (appendix) => appendixIs(appendix, '000_', /әкімдіктері аппараттарының тізбесі/iu),
  parse: (ctx) =>
    parseTabbedTable(ctx, {
      kind: 'akim-office',
      columns: ['number', 'name', 'unit', 'phones', 'address'],
      regionFrom: 'name',
      districtFrom: 'none',
    }),
};
