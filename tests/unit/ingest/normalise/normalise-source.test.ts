import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { normaliseSource } from '../../../../scripts/ingest/normalise/index.ts';
import { normaliseFixture } from './helpers.ts';

const dir = new URL('../../../../content/sources/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
const load = (file: string) => normaliseSource({ file, text: readFileSync(new URL(file, dir), 'utf8') });

describe('normaliseSource on every act', () => {
  test('reads all five acts', () => {
    expect(files).toHaveLength(5);
  });

  test.each(files)('%s keeps one output line per source line, raw text intact', (file) => {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const n = normaliseSource({ file, text });
    expect(n.lines).toHaveLength(text.split('\n').length);
    expect(n.lines.map((l) => l.raw).join('\n')).toBe(text);
    expect(n.lines.every((l, i) => l.line === i + 1)).toBe(true);
    expect(n.diagnostics.every((d) => d.severity === 'info' && d.file === file && d.line !== null)).toBe(true);
  });

  test('leaves no Latin i between two Cyrillic letters in 000', () => {
    const n = load(files.find((f) => f.startsWith('000')) ?? '');
    const left = n.lines.filter((l) => /\p{Script=Cyrillic}i\p{Script=Cyrillic}/u.test(l.text));
    expect(left.map((l) => l.line)).toEqual([]);
    // and the source really had them: 000 types Latin i on most Kazakh lines
    expect(n.lines.filter((l) => /\p{Script=Cyrillic}i\p{Script=Cyrillic}/u.test(l.raw)).length).toBe(477); // grep -cP in the source
  });

  test('keeps tab-indented cells and tab-only empty cells of 000', () => {
    const n = load(files.find((f) => f.startsWith('000')) ?? '');
    expect(n.lines[80]?.text).toBe('\tР/с №'); // line 81
    expect(n.lines[85]?.text).toBe('\t1'); // line 86 is ` \t1`
    expect(n.lines[95]?.text).toBe('\t'); // line 96, an empty schedule cell
  });
});

describe('e-mails in 000 lines 80-130', () => {
  const n = normaliseFixture('000-department-rows.txt');
  const emails = (s: string) => s.match(/[A-Za-z0-9_.-]+@[A-Za-z0-9_.-]*[A-Za-z]/gu) ?? [];
  test('keep every e-mail letter for letter, only re-glued where a space split it', () => {
    const found = n.lines.flatMap((l) => emails(l.text).map((e) => ({ e, raw: l.raw.replace(/\s+/gu, '') })));
    expect(found).toHaveLength(8); // eight `@` in lines 80-130
    for (const { e, raw } of found) expect(raw).toContain(e);
  });
  test.each([
    [9, '\t020100, Ақкөл қаласы, Нұрмағамбетов көшесі, 81 akkol_ozsp@mail.ru'],
    [15, '\t020200, Аршалы ауылы, Тәшенов көшесі, 47 arshaly_rotz@kokshetau.online.kz'],
  ])('line %i of the fixture reads %s', (i, text) => {
    expect(n.lines[i - 1]?.text).toBe(text);
  });
});
