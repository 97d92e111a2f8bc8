/**
 * Every citation points at the clause itself, and every counting rule says what its clause says. The
 * clause numbers and words are read here from content/sources, line by line, never from the ingest's output;
 * the expected rules per term are read by hand from the clauses (each entry names its line).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { matchText } from '../../scripts/ingest/parse/service/match-text.ts';
import type { IngestResult } from '../../scripts/ingest/run-ingest.ts';
import type { ServiceVersion } from '../../src/schemas/service.ts';
import { ingestCommittedSources } from '../helpers/ingest-inputs.ts';
import { sourceFile } from '../helpers/source-files.ts';

let real: IngestResult;
let versions: ServiceVersion[];
beforeAll(() => {
  real = ingestCommittedSources();
  versions = real.services.flatMap((s) => s.versions);
}, 60_000);

const lines = new Map<string, string[]>();
function sourceLine(file: string, line: number): string {
  let all = lines.get(file);
  if (!all) {
    all = readFileSync(new URL(`../../content/sources/${file}`, import.meta.url), 'utf8').split(/\r?\n/);
    lines.set(file, all);
  }
  return all[line - 1] ?? '';
}

/** `      8. Мемлекеттік ...` -> `8`; letter-spaced `1 2 . 1 .` -> `12.1`; a sub-item or a wrapped line -> null. */
function clauseNumberAt(file: string, line: number): string | null {
  const m = /^\s+((?:\d\s*)+(?:\.\s*(?:\d\s*)+)*)\.(?!\d)/u.exec(sourceLine(file, line));
  return m?.[1] ? m[1].replace(/\s+/g, '') : null;
}

/** The clause a line stands in: the nearest clause start at or above it. */
function clauseAround(file: string, line: number): string | null {
  for (let l = line; l > 0 && l > line - 40; l--) {
    const n = clauseNumberAt(file, l);
    if (n) return n;
  }
  return null;
}

/** The source text from `line` on (a few lines, for words wrapped onto the next line), as the ingest matches it. */
const textFrom = (file: string, line: number) =>
  matchText([0, 1, 2].map((i) => sourceLine(file, line + i).trim()).join(' '));

describe('citations point at the clause itself', () => {
  test('the cost cites its own clause: 002 standard 4 at clause 8 (line 3211), not the approval stamp', () => {
    const v = versions.find((x) => x.id === '2008-32-08-4');
    expect(v?.cost?.sources).toEqual([{ file: sourceFile('002'), line: 3211 }]);
    expect(v?.cost?.clause).toBe('8');
  });

  test('every cost citation is the line its clause number starts, and that clause states the cost', () => {
    const costs = versions.filter((v) => v.cost);
    expect(costs.length).toBeGreaterThan(20);
    for (const v of costs) {
      const at = v.cost?.sources?.[0];
      expect(at, v.id).toBeDefined();
      if (!at) continue;
      expect(clauseNumberAt(at.file, at.line), `${v.id} ${at.file}:${at.line}`).toBe(v.cost?.clause);
      expect(textFrom(at.file, at.line), v.id).toMatch(/тегін|ақысыз|ақылы/u);
    }
  });

  test('every deadline names the clause its line stands in', () => {
    for (const v of versions) {
      for (const d of v.deadlines) {
        const at = d.sources[0];
        if (!at) continue;
        expect(d.clause, `${v.id} ${at.file}:${at.line}`).toBe(clauseAround(at.file, at.line));
      }
    }
  });

  test('every complaint step names the clause its line stands in', () => {
    let n = 0;
    for (const v of versions) {
      for (const c of v.complaintRoute) {
        const at = c.sources[0];
        if (!at || c.clause === null) continue;
        n++;
        expect(c.clause, `${v.id} ${at.file}:${at.line}`).toBe(clauseAround(at.file, at.line));
      }
    }
    expect(n).toBeGreaterThan(10);
  });

  test('every numbered clause cites the line its number is printed on', () => {
    for (const v of versions) {
      for (const c of v.clauses) {
        const at = c.sources[0];
        if (!at || c.number === null) continue;
        expect(clauseNumberAt(at.file, at.line), `${v.id} ${at.file}:${at.line}`).toBe(c.number);
      }
    }
  });
});

const F000 = sourceFile('000');
const F002 = sourceFile('002');
const F003 = sourceFile('003');
const F004 = sourceFile('004');

/**
 * The counting rules of every service term in days, read by hand from its clause (file:line of the term).
 * The lead-in of 002 clause 7 (`1) тұтынушының қажетті құжаттарды тапсырған сәттен бастап ... мерзімі:`)
 * holds for the department and rural-akim lines under it.
 */
const handRead: { file: string; line: number; rules: string[] }[] = [
  {
    file: F000,
    line: 20,
    rules: ['working-days', 'from-submission', 'acceptance-day-not-counted', 'issue-day-not-counted'],
  },
  { file: F002, line: 104, rules: ['calendar-days', 'from-acceptance-day'] },
  { file: F002, line: 1117, rules: ['days-unstated', 'from-other-event'] },
  { file: F002, line: 2170, rules: ['calendar-days', 'from-submission'] },
  { file: F002, line: 3201, rules: ['calendar-days', 'from-acceptance-day', 'from-submission'] },
  { file: F002, line: 3203, rules: ['calendar-days', 'from-acceptance-day'] },
  { file: F002, line: 4256, rules: ['calendar-days', 'from-submission'] },
  { file: F002, line: 4258, rules: ['calendar-days', 'from-submission'] },
  { file: F002, line: 7045, rules: ['days-unstated', 'from-submission'] },
  { file: F002, line: 8090, rules: ['days-unstated', 'from-submission'] },
  { file: F002, line: 9135, rules: ['calendar-days', 'from-submission'] },
  { file: F002, line: 10148, rules: ['calendar-days', 'from-submission'] },
  { file: F002, line: 11171, rules: ['calendar-days', 'from-submission'] },
  { file: F002, line: 12645, rules: ['calendar-days', 'from-submission'] },
  { file: F002, line: 12647, rules: ['calendar-days', 'from-submission'] },
  { file: F002, line: 14431, rules: ['days-unstated', 'from-submission'] },
  { file: F003, line: 60, rules: ['days-unstated', 'from-submission'] },
  { file: F003, line: 568, rules: ['days-unstated'] },
  { file: F004, line: 114, rules: ['calendar-days', 'from-acceptance-day'] },
];

describe('counting rules, each against the clause it comes from', () => {
  test('every service term counted in days has exactly the rules its clause states', () => {
    const terms = versions.flatMap((v) =>
      v.deadlines.filter((d) => d.kind === 'service-term' && /day/.test(d.unit)).map((d) => ({ v, d })),
    );
    const found = terms.map(({ d }) => ({
      file: d.sources[0]?.file,
      line: d.sources[0]?.line,
      rules: (d.counting ?? []).map((r) => r.rule).sort(),
    }));
    const expected = handRead.map((h) => ({ ...h, rules: [...h.rules].sort() }));
    const key = (x: { file?: string | undefined; line?: number | undefined }) => `${x.file}:${x.line}`;
    expect(found.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      expected.sort((a, b) => key(a).localeCompare(key(b))),
    );
  });

  test("every rule's words stand at its cited line of the source", () => {
    const rules = versions.flatMap((v) => v.deadlines.flatMap((d) => d.counting ?? []));
    expect(rules.length).toBeGreaterThan(30);
    for (const r of rules) {
      const at = r.sources[0];
      if (!at) continue;
      const here = textFrom(at.file, at.line);
      expect(here, `${r.rule} ${at.file}:${at.line}`).toContain(r.text.replace(/\s+/g, ' '));
      // The words start on the cited line, not on a later one: the first word is on it.
      const first = r.text.split(' ')[0] ?? '';
      expect(matchText(sourceLine(at.file, at.line)), `${r.rule} ${at.file}:${at.line}`).toContain(first);
    }
  });

  test('000 clause 7: the centre channel is dated with the day of issue after the term', () => {
    const term = versions
      .find((v) => v.id === '2011-394-1')
      ?.deadlines.find((d) => d.kind === 'service-term' && d.channel === 'public-service-centre');
    expect(matchText(sourceLine(F000, 20))).toContain('құжаттарды қабылдау күні мен беру күні');
    expect(term?.readyBy).toEqual({ days: 'working', issueDayAfterTerm: true, reason: null });
  });

  test('a term the reader cannot date has no date and a diagnostic at its line; the clause stays as written', () => {
    const undated = versions.flatMap((v) => v.deadlines.filter((d) => d.readyBy && d.readyBy.days === null));
    expect(undated.length).toBeGreaterThan(0);
    for (const d of undated) {
      const at = d.sources[0];
      const diag = real.report.diagnostics.find(
        (x) => x.code === 'deadline-not-dated' && x.file === at?.file && x.line === at?.line,
      );
      expect(diag, `${at?.file}:${at?.line}`).toBeDefined();
      expect(d.raw.length).toBeGreaterThan(0);
    }
    // 002 standard 6 leaves its term to other Rules: no figure, a diagnostic at the clause's item.
    expect(real.report.diagnostics.find((x) => x.code === 'deadline-term-unread')).toMatchObject({
      file: F002,
      line: 6072,
    });
  });
});
