/**
 * Table parsers in the order they are tried (style guide §3: one ordered registry per stage).
 * The first whose `matches` accepts an appendix parses it; an appendix no parser accepts is reported.
 */
import type { AppendixSegment, TableParser } from '../types.ts';

export const tableParsers: readonly TableParser[] = [];

export function findTableParser(appendix: AppendixSegment): TableParser | undefined {
  return tableParsers.find((p) => p.matches(appendix));
}
