/**
 * 000 appendix 1 (lines 79-1540): the district and city employment departments of every region, one
 * sub-table per region under a heading (`Ақмола облысының аудандық, қалалық жұмыспен қамту және
 * әлеуметтiк бағдарламалар бөлiмдерi`). Columns: №, name, address with the e-mail glued on
 * (`..., 81 akkol_ozsp@mail.ru`), phones, schedule (filled in each sub-table's first row only).
 */
import type { TableParser } from '../../types.ts';
import { detectTable } from '../detect/detect-table.ts';
import { parseTabbedTable } from './tabbed-table.ts';

// `... облысының аудандық, қалалық ... бөлiмдерi`, and the two cities: `Алматы қаласының ... бөлiмi`.
const REGION_HEADING = /^\p{Lu}[\p{L} -]* (?:облысының|қаласының) .*бөлім(?:дері|і)$/u;

export const tabbedDepartmentTable: TableParser = {
  name: 'tabbed-department-table',
  form: 'tabbed',
  detect: (appendix) =>
    detectTable(appendix, {
      form: 'tabbed',
      titles: ['уәкілетті органдардың мекенжайлары'],
      headers: ['уәкілетті органның атауы', 'қала коды және телефон нөмірі', 'жұмыс кестесі'],
    }),
  parse: (ctx) =>
    parseTabbedTable(ctx, {
      kind: 'employment-department',
      columns: ['number', 'name', 'address', 'phones', 'hours'],
      isHeading: (text) => REGION_HEADING.test(text),
      regionFrom: 'heading',
      districtFrom: 'name',
      hoursShared: true,
    }),
};
