/**
 * Officials' reception schedules (002 appendix 3) to RFC 5545 rules:
 * `Әкім: апта сайын сейсенбі күндері, сағ. 15.00-тен 16.00 дейін;` -> `FREQ=WEEKLY;BYDAY=TU`, 15:00-16:00;
 * `Орынбасары: әр айдың 2, 4-ші бейсенбісі, …` -> `FREQ=MONTHLY;BYDAY=+2TH,+4TH`.
 * `айына бір рет` (once a month, day unsaid) has no rule: rrule null, the text stays.
 */
import type { Reception } from '../../../../src/schemas/office.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { Diagnostic } from '../../types.ts';
import { ORDINAL_WORDS, WEEKDAYS } from './field-dictionary.ts';
import { clockTime, compactForMatch, rejoinSpaced, tidy } from './field-text.ts';
import { checkRrule } from './rrule-lib.ts';

export interface ReceptionParse {
  receptions: Reception[];
  diagnostics: Diagnostic[];
}

// `Әкім:`, `Орынбасарлары:`, `басқарма бастығы -` (004): who, at the start of an entry.
const WHO = /^\s*([\p{Lu}\p{Ll}][\p{L} .]{1,60}?)\s*(?::|\s-\s)\s*/u;
const DAY = WEEKDAYS.map((d) => d.stem).join('|');
const WEEKLY = new RegExp(`аптасайын((?:(?:${DAY})(?:күндері)?,?(?:және)?)+)`, 'u');
const MONTHLY = new RegExp(`әрайдың((?:\\d,?(?:және)?)+)-?(?:ші|шы|інші|ыншы)?(${DAY})сі`, 'u');
const MONTHLY_WORD = new RegExp(`әрайдың(${Object.keys(ORDINAL_WORDS).join('|')})(${DAY})сі`, 'u');
const BARE_DAYS = new RegExp(`^((?:(?:${DAY})(?:күндері)?,?(?:және)?)+)(?=сағ|\\d|$)`, 'u');
const TIME = /(\d{1,2})[.:-](\d{2})/gu;

function dayCodes(list: string): string[] {
  const codes: string[] = [];
  // Longest stems first: `сенбі` is inside `дүйсенбі`, `сейсенбі`, `жексенбі`.
  const stems = [...WEEKDAYS].sort((a, b) => b.stem.length - a.stem.length);
  let rest = list;
  while (rest.length > 0) {
    const hit = stems.find((d) => rest.startsWith(d.stem));
    if (hit) {
      codes.push(hit.rrule);
      rest = rest.slice(hit.stem.length);
    } else rest = rest.slice(1);
  }
  return codes;
}

function ruleOf(compact: string): string | null {
  const specs = (compact.match(/аптасайын|әрайдың|айынабірет/gu) ?? []).length;
  if (specs > 1) return null; // `әр айдың 3-ші дүйсенбісі Ақтоғай селосында, әр айдың бірінші аптасы …`
  const weekly = WEEKLY.exec(compact);
  if (weekly?.[1]) return `FREQ=WEEKLY;BYDAY=${dayCodes(weekly[1]).join(',')}`;
  const monthly = MONTHLY.exec(compact);
  if (monthly?.[1] && monthly[2]) {
    const day = dayCodes(monthly[2])[0];
    const nths = monthly[1].match(/\d/gu) ?? [];
    return `FREQ=MONTHLY;BYDAY=${nths.map((n) => `+${n}${day}`).join(',')}`;
  }
  const word = MONTHLY_WORD.exec(compact);
  if (word?.[1] && word[2]) {
    const n = ORDINAL_WORDS[word[1]] ?? 0;
    return `FREQ=MONTHLY;BYDAY=${n > 0 ? '+' : ''}${n}${dayCodes(word[2])[0]}`;
  }
  const bare = specs === 0 ? BARE_DAYS.exec(compact) : null;
  if (bare?.[1]) return `FREQ=WEEKLY;BYDAY=${dayCodes(bare[1]).join(',')}`;
  return null;
}

function times(compact: string): { start: string | null; end: string | null } {
  const found = [...compact.matchAll(TIME)].map((m) => clockTime(m[1] ?? '', m[2] ?? ''));
  return { start: found[0] ?? null, end: found[1] ?? null };
}

/** Splits a reception cell into entries at `;` and at each `Who:` and reads each entry. */
export function parseReceptionSchedule(text: string, at: { file: string; line: number }): ReceptionParse {
  const receptions: Reception[] = [];
  const diagnostics: Diagnostic[] = [];
  const flat = tidy(rejoinSpaced(text)).replace(/([;.])\s*(?=[\p{Lu}][\p{L} ]{1,40}:)/gu, '$1\n');
  let who: string | null = null;
  for (const piece of flat.split(/;|\n/u)) {
    const label = WHO.exec(piece);
    if (label?.[1]) who = tidy(label[1]);
    const body = tidy(label ? piece.slice(label[0].length) : piece).replace(/\.$/u, '');
    if (body.length === 0) continue;
    const compact = compactForMatch(body);
    const rule = ruleOf(compact);
    const rrule = rule ? checkRrule(rule) : null;
    if (rrule === null) {
      diagnostics.push(diagnostic('info', 'reception-no-rule', `no RRULE for «${body.slice(0, 80)}»`, at));
    }
    if (who === null) {
      diagnostics.push(diagnostic('warning', 'reception-no-who', `reception without a named official: «${body}»`, at));
    }
    receptions.push({ who: who ?? 'Қабылдау', text: body, rrule, ...times(compact) });
  }
  return { receptions, diagnostics };
}
