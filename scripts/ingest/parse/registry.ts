/**
 * Table parsers in the order they are tried (style guide §3: one ordered registry per stage). Every parser
 * scores every appendix by its layout and its words (parse/detect/); the best score claims the appendix,
 * with that score as its confidence in the report. On a tie the earlier parser wins, so order is reviewed
 * here. Nothing looks at file names: a sixth act in a known layout is read as it is.
 */
import type { LoadedCorrections } from '../corrections.ts';
import type { AppendixSegment, TableParser } from '../types.ts';
import { columnarDepartmentTable } from './tables/columnar-department-table.ts';
import { columnarPscTable } from './tables/columnar-psc-table.ts';
import { columnarRuralAkimTable } from './tables/columnar-rural-akim-table.ts';
import { createParagraphAkimatTable } from './tables/paragraph-akimat-table.ts';
import { createParagraphDepartmentHeadTable } from './tables/paragraph-department-head-table.ts';
import { createParagraphDepartmentTable } from './tables/paragraph-department-table.ts';
import { tabbedAkimReceptionsTable } from './tables/tabbed-akim-receptions-table.ts';
import { tabbedDepartmentContactsTable } from './tables/tabbed-department-contacts-table.ts';
import { tabbedDepartmentTable } from './tables/tabbed-department-table.ts';
import { tabbedPscTable } from './tables/tabbed-psc-table.ts';
import { tabbedRegionalAkimTable } from './tables/tabbed-regional-akim-table.ts';
import { tabbedRegionalDepartmentTable } from './tables/tabbed-regional-department-table.ts';
import { tabbedRuralAkimTable } from './tables/tabbed-rural-akim-table.ts';

/** The ordered parsers; the paragraph ones apply the hand corrections (content/corrections) to their rows. */
export const createTableParsers = (corrections: LoadedCorrections): readonly TableParser[] => [
  // Paragraphs (003, 004): the row start tells the three apart.
  createParagraphDepartmentHeadTable(corrections),
  createParagraphAkimatTable(corrections),
  createParagraphDepartmentTable(corrections),
  // Tab-delimited (000, 002).
  tabbedDepartmentTable,
  tabbedPscTable,
  tabbedRegionalDepartmentTable,
  tabbedRegionalAkimTable,
  tabbedDepartmentContactsTable,
  tabbedAkimReceptionsTable,
  tabbedRuralAkimTable,
  // Column-broken and letter-spaced (001).
  columnarDepartmentTable,
  columnarRuralAkimTable,
  columnarPscTable,
];

/** Below this no parser claims an appendix: a title in the wrong layout scores about 0.3 at most, column headers alone 0.6. */
export const CLAIM_THRESHOLD = 0.5;

export interface TableDetection {
  /** The parser that claims the appendix, if any scored at least `CLAIM_THRESHOLD`. */
  parser: TableParser | undefined;
  /** The best score, 0..1 (also when it was too low to claim). */
  confidence: number;
  /** The next best parser and its score, for the report when the choice was close. */
  runnerUp: { name: string; confidence: number } | null;
}

export function detectTableParser(appendix: AppendixSegment, parsers: readonly TableParser[]): TableDetection {
  const scored = parsers.map((parser) => ({ parser, score: parser.detect(appendix) }));
  let best: (typeof scored)[number] | undefined;
  let second: (typeof scored)[number] | undefined;
  for (const s of scored) {
    if (!best || s.score > best.score) [best, second] = [s, best];
    else if (!second || s.score > second.score) second = s;
  }
  const confidence = best?.score ?? 0;
  return {
    parser: best && confidence >= CLAIM_THRESHOLD ? best.parser : undefined,
    confidence,
    runnerUp: second && second.score > 0 ? { name: second.parser.name, confidence: second.score } : null,
  };
}

/** The parser that claims an appendix, or undefined. */
export function findTableParser(appendix: AppendixSegment, parsers: readonly TableParser[]): TableParser | undefined {
  return detectTableParser(appendix, parsers).parser;
}
