/**
 * Reads the act's metadata from its head, e.g. (001):
 *   `Мемлекеттік қызмет көрсету регламенттерін бекіту туралы` / `` / `Күшін жойған` /
 *   `Алматы облысы әкімдігінің 2012 жылғы 05 қарашадағы N 349 қаулысы. Алматы` /
 *   `облысының Әділет департаментінде 2012 жылы 10 желтоқсанда N 2221 тіркелді.` /
 *   `Күші жойылды - Алматы облысы әкімдігінің 2014 жылғы 02 маусымдағы № 196` / `қаулысымен`
 * 000 has no head: its act is read from the first document's approval stamp, and its status stays
 * `unknown` (never guessed).
 */

import { slugify } from '../../../src/lib/slug.ts';
import type { Act } from '../../../src/schemas/act.ts';
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic, SegmentedSource, SourceLine } from '../types.ts';
import { findKazakhDates } from './parse-act-dates.ts';
import { readActRef } from './parse-act-ref.ts';
import { parseAmendments } from './parse-amendments.ts';
import { splitActHead } from './split-act-head.ts';

type Flag = Act['flags'][number];
type ActRef = NonNullable<Act['repealedBy']>;

/** `Әділет департаментінде 2012 жылы 10 желтоқсанда N 2221 тіркелді`, `... 06 маусымда 1692 нөмірімен тіркелді`. */
const REGISTRATION =
  /Әділет\s+департамент\p{L}*\s+(?<date>.+?)\s+(?:(?:N|№)\s*(?<number>\d+)|(?<numbered>\d+)\s+нөмірімен)\s+тіркелді/u;
const REGISTRATION_MENTION = /Әділет\s+департамент/u;
/** The repeal clause of the head: `Күші жойылды - <issuer> <date> № 196 қаулысымен`. */
const REPEAL = /Күші\s+жойылды\s*-?\s*(?<ref>.+)$/u;

export function parseActHead(source: SegmentedSource): { act: Act | null; diagnostics: Diagnostic[] } {
  const { file } = source;
  const diagnostics: Diagnostic[] = [];
  const flags: Flag[] = [];
  const head = splitActHead(source.act.lines);
  const stamp = source.documents[0]?.stamp ?? [];
  const referenceLines = head.reference.length > 0 ? head.reference : stamp;
  const referenceText = joinText(referenceLines);
  const at = { file, line: referenceLines[0]?.line ?? 1 };
  const [actPart = '', ...rest] = referenceText.split(/(?=Әділет\s+департамент|Күші\s+жойылды)/u);
  const ref = readActRef(actPart);
  if (!ref.issuer || !ref.date || !ref.number) {
    const missing = ['issuer', 'date', 'number'].filter((k) => !ref[k as 'issuer' | 'date' | 'number']).join(', ');
    diagnostics.push(diagnostic('error', 'act-head-unreadable', `the act reference lacks its ${missing}`, at));
    return { act: null, diagnostics };
  }
  const sources = [{ file, line: at.line }];
  let title = head.title;
  if (head.reference.length === 0) {
    // 000: the stamp `Қазақстан Республикасы Үкiметiнiң 2011 жылғы 7 сәуiрдегi № 394 қаулысымен бекiтiлген`
    // names the act; as a title it reads `... № 394 қаулысы`.
    title ||= referenceText.replace(/\s*қаулысымен\s+бекітілген\s*$/iu, ' қаулысы');
    flags.push({
      code: 'act-head-missing',
      message: 'the text has no act header (title, status, registration); the act is read from the approval stamp',
      sources,
    });
  }
  const registration = readRegistration(rest.join(' '));
  if (!registration && REGISTRATION_MENTION.test(referenceText)) {
    const message = 'the registration with the justice department is mentioned but its number or date is cut';
    flags.push({ code: 'registration-incomplete', message, sources });
    diagnostics.push(diagnostic('warning', 'registration-incomplete', message, at));
  }
  const notes = parseAmendments(allLines(source), file);
  flags.push(...notes.flags);
  const repealedBy = readRepeal(rest.join(' '), notes.amendments, file, flags);
  flags.push(...checkStamps(source, ref.date, ref.number));
  const act: Act = {
    id: `${ref.date.slice(0, 4)}-${slugify(ref.number)}`,
    title: title || referenceText,
    issuer: ref.issuer,
    date: ref.date,
    number: ref.number,
    registration,
    status: head.status !== null || repealedBy !== null ? 'repealed' : 'unknown',
    repealedBy,
    documents: [],
    file,
    region: ref.region,
    amendments: notes.amendments,
    flags,
    sources,
  };
  return { act, diagnostics };
}

function readRegistration(text: string): Act['registration'] {
  const m = REGISTRATION.exec(text);
  const number = m?.groups?.number ?? m?.groups?.numbered;
  const date = m?.groups?.date ? findKazakhDates(m.groups.date)[0]?.iso : undefined;
  return number && date ? { number, date } : null;
}

/**
 * The repealing act, from the head's `Күші жойылды - ...` clause or else from the `Ескерту. Күші
 * жойылды ...` note; when both name it and disagree, the head wins and the difference is flagged.
 */
function readRepeal(text: string, amendments: Act['amendments'], file: string, flags: Flag[]): ActRef | null {
  const fromHead = toRef(readActRef(REPEAL.exec(text)?.groups?.ref ?? ''));
  const note = amendments.find((a) => /Күші\s+жойылды/u.test(a.text));
  const fromNote = note?.by ? toRef(note.by) : null;
  if (fromHead && fromNote && (fromHead.date !== fromNote.date || fromHead.number !== fromNote.number)) {
    flags.push({
      code: 'repeal-references-disagree',
      message: `the head names ${fromHead.date} № ${fromHead.number}, the note ${fromNote.date} № ${fromNote.number}`,
      sources: note?.sources ?? [{ file, line: 1 }],
    });
  }
  return fromHead ?? fromNote;
}

function toRef(parts: {
  issuer?: string | null | undefined;
  date?: string | null | undefined;
  number?: string | null | undefined;
}): ActRef | null {
  return parts.issuer && parts.date && parts.number
    ? { issuer: parts.issuer, date: parts.date, number: parts.number }
    : null;
}

/** Each document's stamp should repeat the act's date and number; a stamp that says otherwise is flagged. */
function checkStamps(source: SegmentedSource, date: string, number: string): Flag[] {
  const flags: Flag[] = [];
  for (const doc of source.documents) {
    const stamp = readActRef(joinText(doc.stamp ?? []));
    const differs = (stamp.date && stamp.date !== date) || (stamp.number && stamp.number !== number);
    if (!differs) continue;
    flags.push({
      code: 'stamp-disagrees',
      message: `document ${doc.ordinal}'s stamp reads ${stamp.date ?? '?'} № ${stamp.number ?? '?'}, the act ${date} № ${number}`,
      sources: [{ file: source.file, line: doc.span.line }],
    });
  }
  return flags;
}

function joinText(lines: readonly SourceLine[]): string {
  return lines
    .map((l) => l.text.trim())
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Every line of the file once, in order: head, then each document's stamp, body and appendices. */
function allLines(source: SegmentedSource): SourceLine[] {
  const lines = [...source.act.lines];
  for (const doc of source.documents) {
    lines.push(...(doc.stamp ?? []), ...doc.lines);
    for (const appendix of doc.appendices) lines.push(...appendix.lines);
  }
  return lines;
}
