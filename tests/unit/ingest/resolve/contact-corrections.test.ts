/**
 * Contacts a citizen can use: look-alike characters in e-mails and websites are found in the acts' own text
 * (read here from content/sources), and no such address is linked unless a reviewed correction covers it,
 * the act's text kept beside the correction.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseContactCorrections } from '../../../../scripts/ingest/resolve/contact-corrections.ts';
import { lookalikeProblem } from '../../../../scripts/ingest/resolve/contact-lookalikes.ts';
import type { IngestResult } from '../../../../scripts/ingest/run-ingest.ts';
import { ingestCommittedSources } from '../../../helpers/ingest-inputs.ts';
import { sourceFile } from '../../../helpers/source-files.ts';

const source = (file: string) =>
  readFileSync(new URL(`../../../../content/sources/${file}`, import.meta.url), 'utf8').split(/\r?\n/);
const FILES = [sourceFile('000'), sourceFile('001'), sourceFile('002'), sourceFile('003'), sourceFile('004')];

/** E-mails and websites as written on a line, the gaps the typesetting put inside them closed (`iIi_ akimat @mail.ru`). */
function contactsOn(line: string): string[] {
  const closed = line
    .replace(/\s*@\s*/gu, '@')
    .replace(/_\s+/gu, '_')
    .replace(/([a-z])\.\s+(?=[a-z\u0430\u043e])/gu, '$1.');
  return closed.match(/[^\s,;«»()]+@[^\s,;«»()]+|www\.[^\s,;«»()]+/gu) ?? [];
}

let real: IngestResult;
beforeAll(() => {
  real = ingestCommittedSources();
}, 60_000);

describe('lookalikeProblem', () => {
  test.each([
    ['u1utau-akimat@mai1.ru', 'digit 1'],
    ['www.u1utau.kz', 'digit 1'],
    ['iIi_akimat@mail.ru', 'capital I'],
    ['аkimat07@mail.ru', 'Cyrillic а'],
    ['www.z0ne.kz', 'digit 0'],
  ])('%s: %s', (raw, why) => {
    expect(lookalikeProblem(raw)).toContain(why);
  });

  test.each([
    'ozisp1013@gcvp.kz',
    'prio1@mail.kz',
    'karmakchi_sobes1@mail.ru',
    'akimat07@mail.ru',
    'Astr_socz@kokshetau.online.rz',
    'www.karaganda-akimat.kz',
  ])('%s has none: digits after letters and a capitalised first letter are ordinary', (raw) => {
    expect(lookalikeProblem(raw)).toBeNull();
  });
});

describe('the five acts', () => {
  test('the look-alikes issue 18 names are in the text as written', () => {
    expect(contactsOn(source(FILES[2] ?? '')[1032] ?? '')).toEqual(['www.u1utau.kz']);
    expect(contactsOn(source(FILES[1] ?? '')[5296] ?? '')).toEqual(['iIi_akimat@mail.ru']);
  });

  test('no linked address is one the acts write with a look-alike, unless a reviewed correction relinks it', () => {
    const written = new Map<string, string>();
    for (const file of FILES)
      for (const line of source(file))
        for (const c of contactsOn(line)) if (lookalikeProblem(c)) written.set(c, lookalikeProblem(c) ?? '');
    expect(written.size).toBeGreaterThanOrEqual(6);
    const corrected = new Set(real.offices.flatMap((o) => (o.contactCorrections ?? []).map((c) => c.corrected)));
    for (const o of real.offices) {
      for (const linked of [...o.emails, ...o.websites]) {
        expect(lookalikeProblem(linked), `${o.id} ${linked}`).toBeNull();
        for (const raw of written.keys()) {
          // The folded, lower-case reading of a look-alike (`akimat07@mail.ru` of `аkimat07@mail.ru`).
          const folded = raw.toLowerCase().replace(/[а]/gu, 'a').replace(/[о]/gu, 'o').replace(/һ/gu, 'h');
          if (linked === folded || linked === raw.toLowerCase())
            expect(corrected.has(linked), `${o.id} ${raw}`).toBe(true);
        }
      }
    }
  });

  test('each correction keeps the act text beside it, at the line the act writes it', () => {
    const corrections = real.offices.flatMap((o) => o.contactCorrections ?? []);
    expect(corrections.length).toBeGreaterThanOrEqual(6);
    for (const c of corrections) {
      const at = c.sources[0];
      if (!at) continue;
      const lines = source(at.file);
      const near = contactsOn([lines[at.line - 1], lines[at.line]].join(' '));
      expect(near, `${c.asWritten} ${at.file}:${at.line}`).toContain(c.asWritten);
      expect(c.reason.length).toBeGreaterThan(20);
    }
  });

  test('the ten Іле rural akims keep «iIi_akimat@mail.ru» unlinked, with the reason', () => {
    const ile = real.offices.filter((o) => o.unlinkedContacts?.some((u) => u.raw === 'iIi_akimat@mail.ru'));
    expect(ile).toHaveLength(10);
    for (const o of ile) {
      expect(o.emails).not.toContain('iii_akimat@mail.ru');
      expect(o.unlinkedContacts?.find((u) => u.raw === 'iIi_akimat@mail.ru')?.reason).toMatch(
        /capital I.*no reviewed correction/u,
      );
    }
  });

  test('Ұлытау: the act text beside the corrected e-mail and website', () => {
    const o = real.offices.find((x) => x.contactCorrections?.some((c) => c.asWritten === 'u1utau-akimat@mai1.ru'));
    expect(o?.emails).toContain('ulutau-akimat@mail.ru');
    expect(o?.websites).toContain('www.ulutau.kz');
    expect(o?.emails).not.toContain('u1utau-akimat@mai1.ru');
  });
});

describe('parseContactCorrections', () => {
  test('refuses an entry whose corrected address cannot be linked, and one without a reason', () => {
    const parsed = parseContactCorrections([
      {
        kind: 'email',
        asWritten: 'a@mai1.ru',
        corrected: 'a@mail.r u',
        reason: 'the digit 1 for l in mai1.ru',
        sources: [{ file: 'x', line: 1 }],
      },
      { kind: 'email', asWritten: 'a@mai1.ru', corrected: 'a@mail.ru', reason: '', sources: [{ file: 'x', line: 1 }] },
    ]);
    expect(parsed.entries).toEqual([]);
    expect(parsed.diagnostics.map((d) => d.severity)).toEqual(['error', 'error']);
  });
});
