/**
 * Table parsers in the order they are tried (style guide §3: one ordered registry per stage).
 * The first whose `matches` accepts an appendix parses it; an appendix no parser accepts is reported.
 */
import type { AppendixSegment, TableParser } from '../types.ts';
import { columnarDepartmentTable } from './tables/columnar-department-table.ts';
import { columnarPscTable } from './tables/columnar-psc-table.ts';
import { columnarRuralAkimTable } from './tables/columnar-rural-akim-table.ts';
import { paragraphAkimatTable003 } from './tables/paragraph-akimat-table-003.ts';
import { paragraphDepartmentTable003 } from './tables/paragraph-department-table-003.ts';
import { paragraphDepartmentTable004 } from './tables/paragraph-department-table-004.ts';
import { tabbedDepartmentTable } from './tables/tabbed-department-table.ts';
import { tabbedKaragandaAkimTable } from './tables/tabbed-karaganda-akim-table.ts';
import { tabbedKaragandaDepartmentTable } from './tables/tabbed-karaganda-department-table.ts';
import { tabbedPscTable } from './tables/tabbed-psc-table.ts';
import { tabbedRegionalAkimTable } from './tables/tabbed-regional-akim-table.ts';
import { tabbedRegionalDepartmentTable } from './tables/tabbed-regional-department-table.ts';
import { tabbedRuralAkimTable } from './tables/tabbed-rural-akim-table.ts';

export const tableParsers: readonly TableParser[] = [
  paragraphDepartmentTable003,
  paragraphAkimatTable003,
  paragraphDepartmentTable004,
  // 000 (national, tab-delimited): appendices 1, 2, 3 and 5.
  tabbedDepartmentTable,
  tabbedPscTable,
  tabbedRegionalDepartmentTable,
  tabbedRegionalAkimTable,
  // 002 (Karaganda region, tab-delimited): departments, city/district akims, rural akims in every standard.
  tabbedKaragandaDepartmentTable,
  tabbedKaragandaAkimTable,
  tabbedRuralAkimTable,
  // 001 (Almaty region, column-broken and letter-spaced): departments, rural akims, service centres.
  columnarDepartmentTable,
  columnarRuralAkimTable,
  columnarPscTable,
];

export function findTableParser(appendix: AppendixSegment): TableParser | undefined {
  return tableParsers.find((p) => p.matches(appendix));
}
