/**
 * Contacts a citizen can use. A Latin address holding a look-alike character (a Cyrillic letter the
 * normaliser folded, the digit 1 or a capital I for l, 0 for o) is never linked as it stands: it is linked
 * only through a reviewed correction in content/corrections/contacts.json that keeps the act's text beside
 * it with a reason; otherwise it stays unlinked, with the reason. Pure.
 */
import { z } from 'astro/zod';
import { EMAIL_PATTERN, WEBSITE_PATTERN } from '../../../src/schemas/contact-address.ts';
import type { ContactCorrection, Office } from '../../../src/schemas/office.ts';
import { diagnostic } from '../diagnostics.ts';
import { CONTACT_FOLDED } from '../normalise/normalise-homoglyphs.ts';
import type { Diagnostic } from '../types.ts';
import { LOOKALIKE_PREFIX } from './contact-lookalikes.ts';

export const CONTACT_CORRECTIONS_FILE = 'content/corrections/contacts.json';

/** Said of a look-alike left unlinked: its correct form is not clear enough to correct. */
export const NOT_REVIEWED = '; no reviewed correction (the intended address is not clear from the acts)';

const entrySchema = z
  .strictObject({
    kind: z.enum(['email', 'website']),
    /** The address as the act writes it (letter-spacing and line breaks rejoined). */
    asWritten: z.string().trim().min(1),
    corrected: z.string().trim().min(1),
    reason: z.string().trim().min(20),
    sources: z.array(z.strictObject({ file: z.string().min(1), line: z.number().int().positive() })).min(1),
  })
  .refine((e) => (e.kind === 'email' ? EMAIL_PATTERN : WEBSITE_PATTERN).test(e.corrected), {
    message: 'the corrected address is not one the site can link',
  });
export type ContactCorrectionEntry = z.infer<typeof entrySchema>;

export interface ContactCorrections {
  entries: ContactCorrectionEntry[];
  diagnostics: Diagnostic[];
}

export const NO_CONTACT_CORRECTIONS: ContactCorrections = { entries: [], diagnostics: [] };

export function parseContactCorrections(input: unknown): ContactCorrections {
  const entries: ContactCorrectionEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  (Array.isArray(input) ? input : [input]).forEach((entry, i) => {
    const parsed = entrySchema.safeParse(entry);
    if (parsed.success) entries.push(parsed.data);
    else {
      const issue = parsed.error.issues[0];
      const message = `${CONTACT_CORRECTIONS_FILE} entry ${i + 1}: ${issue?.path.join('.') || '(entry)'}: ${issue?.message}`;
      diagnostics.push(diagnostic('error', 'contact-correction-invalid', message, { file: CONTACT_CORRECTIONS_FILE }));
    }
  });
  return { entries, diagnostics };
}

/** `«аkimat07@mail.ru» -> «akimat07@mail.ru»: ...` (the normaliser's note) -> the two forms. */
function foldOf(d: Diagnostic): { raw: string; folded: string } | null {
  if (d.code !== `normalise:${CONTACT_FOLDED}`) return null;
  const m = /^«(.+?)» -> «(.+?)»/u.exec(d.message);
  return m?.[1] && m[2] ? { raw: m[1], folded: m[2] } : null;
}

type Source = Office['sources'][number];

/** For each file, the rows' first lines, so a line of the text finds the row it stands in. */
function rowStarts(offices: readonly Office[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const o of offices) for (const s of o.sources) out.set(s.file, [...(out.get(s.file) ?? []), s.line]);
  for (const [f, lines] of out)
    out.set(
      f,
      [...new Set(lines)].sort((a, b) => a - b),
    );
  return out;
}

const rowOf = (starts: readonly number[] | undefined, line: number) =>
  (starts ?? []).filter((l) => l <= line).at(-1) ?? null;

/**
 * Moves linked addresses whose act text held Cyrillic look-alikes to `unlinkedContacts` (as written), then
 * relinks every look-alike a reviewed correction covers. Every address left unlinked for a look-alike gets a
 * warning with its file:line; every correction applied, an info.
 */
export function correctContacts(
  offices: readonly Office[],
  normaliserDiagnostics: readonly Diagnostic[],
  corrections: ContactCorrections,
): { offices: Office[]; diagnostics: Diagnostic[]; totals: Record<string, number> } {
  const diagnostics: Diagnostic[] = [];
  const totals: Record<string, number> = { 'contacts:corrected': 0, 'contacts:lookalike-unlinked': 0 };
  const starts = rowStarts(offices);
  // Row (file:line) -> the folds the normaliser made in it.
  const foldsByRow = new Map<string, { raw: string; folded: string; file: string; line: number }[]>();
  for (const d of normaliserDiagnostics) {
    const fold = foldOf(d);
    const row = fold && d.line !== null ? rowOf(starts.get(d.file), d.line) : null;
    if (!fold || row === null || d.line === null) continue;
    const key = `${d.file}:${row}`;
    foldsByRow.set(key, [...(foldsByRow.get(key) ?? []), { ...fold, file: d.file, line: d.line }]);
  }
  // Where the act writes each look-alike (its first line), for the diagnostics.
  const seenAt = new Map<string, { file: string; line: number | null }[]>();
  for (const d of normaliserDiagnostics) {
    const m = d.code === 'contact-lookalike' ? /^«(.+?)»/u.exec(d.message) : null;
    if (m?.[1]) seenAt.set(m[1], [...(seenAt.get(m[1]) ?? []), { file: d.file, line: d.line }]);
  }
  const where = new Map<string, { file: string; line: number | null }>();
  const out = offices.map((office) => {
    // This office's own row that writes the look-alike, else the first row that does.
    where.clear();
    for (const [raw, ats] of seenAt) {
      const own = ats.find((a) => office.sources.some((s) => s.file === a.file && s.line === a.line));
      const first = own ?? ats[0];
      if (first) where.set(raw, first);
    }
    const folds = office.sources.flatMap((s: Source) => foldsByRow.get(`${s.file}:${s.line}`) ?? []);
    let emails = office.emails;
    let websites = office.websites;
    const unlinked = (office.unlinkedContacts ?? []).map((u) => ({ ...u }));
    for (const f of folds) {
      const piece = f.folded.toLowerCase();
      const asWritten = (value: string) => {
        const raw = value.replace(piece, f.raw);
        if (!where.has(raw)) where.set(raw, { file: f.file, line: f.line });
        return raw;
      };
      for (const e of emails.filter((x) => x.includes(piece))) {
        const cyr = [...new Set(f.raw.match(/[\u0400-\u04ff]/gu) ?? [])].join(', ');
        unlinked.push({
          kind: 'email',
          raw: asWritten(e),
          reason: `${LOOKALIKE_PREFIX}Cyrillic ${cyr} inside a Latin address`,
        });
      }
      for (const w of websites.filter((x) => x.includes(piece))) {
        const cyr = [...new Set(f.raw.match(/[\u0400-\u04ff]/gu) ?? [])].join(', ');
        unlinked.push({
          kind: 'website',
          raw: asWritten(w),
          reason: `${LOOKALIKE_PREFIX}Cyrillic ${cyr} inside a Latin address`,
        });
      }
      emails = emails.filter((x) => !x.includes(piece));
      websites = websites.filter((x) => !x.includes(piece));
    }
    const applied: ContactCorrection[] = [];
    const kept = unlinked.filter((u) => {
      if (!u.reason.startsWith(LOOKALIKE_PREFIX)) return true;
      const fix = corrections.entries.find((c) => c.kind === u.kind && c.asWritten === u.raw);
      const at = where.get(u.raw) ?? office.sources[0] ?? { file: 'unknown', line: null };
      if (!fix) {
        totals['contacts:lookalike-unlinked'] = (totals['contacts:lookalike-unlinked'] ?? 0) + 1;
        if (!u.reason.endsWith(NOT_REVIEWED)) u.reason = `${u.reason}${NOT_REVIEWED}`;
        diagnostics.push(
          diagnostic(
            'warning',
            'contact-lookalike-unlinked',
            `${office.id}: «${u.raw}» kept unlinked: ${u.reason}`,
            at,
          ),
        );
        return true;
      }
      totals['contacts:corrected'] = (totals['contacts:corrected'] ?? 0) + 1;
      applied.push({
        kind: fix.kind,
        asWritten: u.raw,
        corrected: fix.corrected,
        reason: fix.reason,
        sources: fix.sources,
      });
      if (fix.kind === 'email') emails = [...new Set([...emails, fix.corrected])];
      else websites = [...new Set([...websites, fix.corrected])];
      diagnostics.push(diagnostic('info', 'contact-corrected', `${office.id}: «${u.raw}» -> «${fix.corrected}»`, at));
      return false;
    });
    return {
      ...office,
      emails,
      websites,
      unlinkedContacts: kept,
      ...(applied.length > 0 ? { contactCorrections: applied } : {}),
    };
  });
  return { offices: out, diagnostics, totals };
}
