/**
 * 002 (appendix 2 of three standards): the Karaganda region's town, village and rural-district akims
 * (`"Гүлшат кенті әкімінің аппараты" мемлекеттік мекемесі`). Columns: N, name, address with phones
 * inline (`..., Ағыбай батыр көшесі, 23 тел/факс (71036) 53953`). The district or city they belong to is
 * named in the address: `Қарағанды облысы, Балқаш қаласы, Гүлшат кенті`.
 */
import type { TableParser } from '../../types.ts';
import { detectTable } from '../detect/detect-table.ts';
import { parseTabbedTable } from './tabbed-table.ts';

export const tabbedRuralAkimTable: TableParser = {
  name: 'tabbed-rural-akim-table',
  form: 'tabbed',
  detect: (appendix) =>
    detectTable(appendix, {
      form: 'tabbed',
      titles: ['округ әкімдерінің байланыс мәліметтері'],
      headers: ['мемлекеттік органның атауы', 'заңды мекенжайы, телефон номерлері'],
    }),
  parse: (ctx) =>
    parseTabbedTable(ctx, {
      kind: 'rural-akim',
      columns: ['number', 'name', 'address'],
      regionFrom: 'act',
      districtFrom: 'address',
      splitAddressPhones: true,
    }),
};
