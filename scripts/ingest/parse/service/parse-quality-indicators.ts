import type { ServiceVersion } from '../../../../src/schemas/service.ts';
import type { AppendixSegment } from '../../types.ts';
import { displayText, matchText } from './match-text.ts';
import { QUALITY_APPENDIX } from './service-dictionary.ts';

type Indicator = ServiceVersion['qualityIndicators'][number];

/** `1.1.`, `2 . 1 .` (004 letter-spaced) before the indicator's name. */
const NUMBERED = /^(\d+\.\d+)\.?\s*(.*)$/u;
/** `1. Уақтылылығы`: a group heading, not an indicator. */
const GROUP = /^\d+\.\s+\p{L}/u;
/** A row of values without tabs (003, 004): `100 100 100`, `100 96,2 90,5`. */
const VALUES = /^\d+(?:[.,]\d+)?\s*%?(?:\s+\d+(?:[.,]\d+)?\s*%?)*$/u;

export function isQualityAppendix(appendix: AppendixSegment): boolean {
  const head = [appendix.title, ...appendix.lines.slice(0, 4).map((l) => l.text)].join(' ');
  return QUALITY_APPENDIX.test(matchText(head));
}

interface Open {
  row: Indicator;
  /** Cells after the name: normative, target, current. */
  values: (string | null)[];
  nameDone: boolean;
}

function close(open: Open | null, out: Indicator[]): void {
  if (!open) return;
  const [normative = null, target = null, current = null] = open.values;
  out.push({ ...open.row, name: open.row.name.trim(), normative, target, current });
}

/**
 * The quality-indicator table. Three layouts: one tab-led cell per line with empty value cells (000
 * appendix 4: `\t1.1. Құжаттарды ...` then three `\t`), number and name in separate cells with `\t100 %`
 * (002), and untabbed wrapped names with a values row `100 100 100` (003, 004; 004 wraps a name past
 * its values: `1.2. Қызмет алуды кезекте 40` / `95 92,6 89,6` / `күткен тұтынушылардың % (`).
 */
export function parseQualityIndicators(appendix: AppendixSegment): Indicator[] {
  const out: Indicator[] = [];
  let open: Open | null = null;
  for (const line of appendix.lines) {
    const tabbed = /^\t/u.test(line.raw);
    const text = displayText(line.text.trim());
    if (text === '' && !tabbed) continue;
    const numbered = NUMBERED.exec(text);
    if (numbered) {
      close(open, out);
      const row = {
        name: numbered[2] ?? '',
        normative: null,
        target: null,
        current: null,
        sources: [{ file: appendix.file, line: line.line }],
      };
      open = { row, values: [], nameDone: row.name !== '' && tabbed };
      continue;
    }
    if (GROUP.test(text)) {
      close(open, out);
      open = null;
      continue;
    }
    if (!open) continue;
    if (VALUES.test(text) && !tabbed) {
      // 003 writes `1 0 1` for three cells (1, 0, 1), which letter-spacing repair would read as 101.
      const cells = line.text.trim().split(/\s+/u);
      open.values.push(...(cells.length === 3 ? cells : text.split(/\s+(?=\d)/u)));
      open.nameDone = true;
    } else if (tabbed && open.row.name === '') {
      open.row.name = text;
      open.nameDone = true;
    } else if (tabbed && open.nameDone) {
      open.values.push(text === '' ? null : text);
    } else if (!open.nameDone || /^\p{Ll}|^[(%)]/u.test(text)) {
      // A wrapped name; past the values only a lower-case tail continues it, not the next heading.
      open.row.name = `${open.row.name} ${text}`;
    }
  }
  close(open, out);
  return out;
}
