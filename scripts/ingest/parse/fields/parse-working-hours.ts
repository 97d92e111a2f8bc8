/**
 * A working schedule as written to an OSM opening_hours string:
 * `… аптасына бес күн Сағат 9-00 бастап 18-00 дейiн, түскi үзiлiс сағат 13-00 бастап 14-00 дейiн`
 * -> `Mo-Fr 09:00-13:00,14:00-18:00`. Matching runs on the compact folded text, so the letter-spaced
 * 001 cells (`1 8 - 0 0  д е й і н`) read like the others. Public holidays stay out of the string: the
 * library has no Kazakh holidays, they are applied where hours are evaluated (date-holidays, KZ).
 */
import OpeningHours from 'opening_hours';
import type { Hours } from '../../../../src/schemas/office.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { Diagnostic } from '../../types.ts';
import { clockTime, compactForMatch, rejoinSpaced, tidy } from './field-text.ts';

export interface HoursParse {
  hours: Omit<Hours, 'from'> | null;
  diagnostics: Diagnostic[];
}

interface Range {
  start: string;
  end: string;
  /** Days the clause names for this range only (`сенбі 9-00-дан 15-00 дейін`), else null. */
  days: string | null;
}

const TIME = /(\d{1,2})[-.:](\d{2})/gu;
/** Ways the texts say "Monday to Friday": `аптасына бес күн`, `сенбі және жексенбіні қоспағанда`. */
const WORKWEEK = [
  /бескүн/u,
  /сенбі(?:және|,)жексенбі(?:ні|ден|күндерінен)?(?:қоспағанда|басқа)/u,
  /демалыс\(сенбі,жексенбі\)/u,
  /дүйсенбі-жұма/u,
];
/**
 * Four-day weeks: 002 standards 5, 6 and 12 serve `жұма, сенбі және жексенбіден басқа күндері` (every day
 * except Friday, Saturday and Sunday). Checked before WORKWEEK, which would otherwise read Mo-Fr.
 */
const FOUR_DAY_WEEK = /жұма,?сенбі(?:және|,)жексенбі(?:ні|ден|күндерінен)?(?:қоспағанда|басқа)/u;
const CLAUSE_DAYS: readonly [RegExp, string][] = [
  [/^(?:және)?дүйсенбі-жұма/u, 'Mo-Fr'],
  [/^(?:және)?сенбі/u, 'Sa'],
  [/^(?:және)?жексенбі/u, 'Su'],
];

function ranges(compact: string): Range[] | null {
  const times = [...compact.matchAll(TIME)];
  if (times.length === 0 || times.length % 2 !== 0) return null;
  const out: Range[] = [];
  for (let i = 0; i < times.length; i += 2) {
    const [a, b] = [times[i], times[i + 1]];
    const start = a && clockTime(a[1] ?? '', a[2] ?? '');
    const end = b && clockTime(b[1] ?? '', b[2] ?? '');
    if (!a || !start || !end) return null;
    const clauseStart = Math.max(compact.lastIndexOf(',', a.index), compact.lastIndexOf(';', a.index)) + 1;
    const clause = compact.slice(clauseStart, a.index);
    // `сенбі және жексенбіден басқа ... сағат 9.00` excludes days; only `сенбі 9-00-дан` names them.
    const excludes = /басқа|қоспағанда/u.test(clause);
    const days = excludes ? null : (CLAUSE_DAYS.find(([re]) => re.test(clause))?.[1] ?? null);
    out.push({ start, end, days });
  }
  return out;
}

function minutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
}

/** The widest general range is the working day; ranges inside it are breaks (`түскі үзіліс`). */
function toOsm(compact: string, list: Range[]): { osm: string | null; reason: string | null } {
  const general = list.filter((r) => r.days === null || r.days === 'Mo-Fr');
  const length = (r: Range) => minutes(r.end) - minutes(r.start);
  const main = general.reduce<Range | null>((w, r) => (!w || length(r) > length(w) ? r : w), null);
  if (!main) return { osm: null, reason: 'no working-day range' };
  const explicit = general.some((r) => r.days === 'Mo-Fr');
  if (!explicit && !WORKWEEK.some((re) => re.test(compact))) {
    return { osm: null, reason: 'the text does not say on which days (`күн сайын` alone)' };
  }
  const hasBreak = /үзіліс(?!сіз)/u.test(compact);
  const breaks = general.filter((r) => r !== main && r.start >= main.start && r.end <= main.end);
  if (breaks.length > 0 && !hasBreak) return { osm: null, reason: 'a range inside the working day but no break named' };
  let spans = [`${main.start}-${main.end}`];
  if (breaks.length === 1 && breaks[0]) spans = [`${main.start}-${breaks[0].start}`, `${breaks[0].end}-${main.end}`];
  else if (breaks.length > 1) return { osm: null, reason: 'more than one break' };
  const days = FOUR_DAY_WEEK.test(compact) ? 'Mo-Th' : 'Mo-Fr';
  const rules = [`${days} ${spans.join(',')}`];
  for (const r of list.filter((x) => x.days === 'Sa' || x.days === 'Su')) rules.push(`${r.days} ${r.start}-${r.end}`);
  return { osm: rules.join('; '), reason: null };
}

interface HoursReading {
  written: string;
  osm: string | null;
  /** Why there is no OSM string, or why the library refused it. */
  problem: { code: 'hours-not-expressed' | 'hours-osm-invalid'; message: string } | null;
}

/**
 * The reading of a schedule depends on its text alone, and the sources repeat a handful of texts over
 * two thousand rows: reading each distinct text once keeps opening_hours' parser (slow on phrases it
 * tries to correct) out of the ingest's hot path. A memo of a pure function: same text, same reading.
 */
const readings = new Map<string, HoursReading>();

function readHours(text: string): HoursReading {
  const cached = readings.get(text);
  if (cached) return cached;
  const written = tidy(rejoinSpaced(text));
  const compact = compactForMatch(written);
  const list = ranges(compact);
  const { osm, reason } = list ? toOsm(compact, list) : { osm: null, reason: 'times do not pair into ranges' };
  let reading: HoursReading;
  if (osm === null) {
    reading = {
      written,
      osm: null,
      problem: { code: 'hours-not-expressed', message: `${reason}: «${written.slice(0, 100)}»` },
    };
  } else {
    try {
      new OpeningHours(osm, null);
      reading = { written, osm, problem: null };
    } catch (error) {
      reading = {
        written,
        osm: null,
        problem: { code: 'hours-osm-invalid', message: `«${osm}» rejected: ${String(error)}` },
      };
    }
  }
  readings.set(text, reading);
  return reading;
}

export function parseWorkingHours(text: string, at: { file: string; line: number }): HoursParse {
  const reading = readHours(text);
  if (reading.written.length === 0) return { hours: null, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  if (reading.problem) {
    const severity = reading.problem.code === 'hours-osm-invalid' ? 'warning' : 'info';
    diagnostics.push(diagnostic(severity, reading.problem.code, reading.problem.message, at));
  }
  return { hours: { text: reading.written, osm: reading.osm }, diagnostics };
}
