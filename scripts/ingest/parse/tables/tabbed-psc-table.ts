/**
 * 000 appendix 2 (lines 1545-1719): public service centres (ХҚО). Columns: №, name, address, the
 * operation hall's phone, the heads' phones (`50-13-72 қабылдау бөлмесi`). The region is in the name:
 * `Ақмола облысының ХҚО`, `Маңғыстау облыстық ХҚО`, `Астана қаласы Есiл ауданының ХҚО`.
 */
import type { TableParser } from '../../types.ts';
import { detectTable } from '../detect/detect-table.ts';
import { parseTabbedTable } from './tabbed-table.ts';

export const tabbedPscTable: TableParser = {
  name: 'tabbed-psc-table',
  form: 'tabbed',
  detect: (appendix) =>
    detectTable(appendix, {
      form: 'tabbed',
      titles: ['халыққа қызмет көрсету орталықтарының'],
      headers: ['операциялық залдың телефон нөмірі', 'басшылардың телефон нөмірі'],
    }),
  parse: (ctx) =>
    parseTabbedTable(ctx, {
      kind: 'public-service-centre',
      columns: ['number', 'name', 'address', 'phones', 'extraPhones'],
      regionFrom: 'name',
      districtFrom: 'name',
      extraPhonesNote: 'Басшылардың телефон нөмірі',
    }),
};
