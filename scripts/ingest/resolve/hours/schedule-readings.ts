/**
 * The hours a standard's schedule clause gives, sentence by sentence, and whom each sentence is about:
 * a kind of office it names (`Уәкілетті органның жұмыс кестесі: ...`, `Орталықтың жұмыс кестесі: ...`,
 * 000 clause 9) or the service itself (`Мемлекеттік қызмет ... көрсетіледі`, 002 clause 10). Pure.
 */
import type { OfficeKind } from '../../../../src/schemas/office.ts';
import { parseWorkingHours } from '../../parse/fields/parse-working-hours.ts';
import type { Diagnostic } from '../../types.ts';
import { HAS_TIME, KIND_SENTENCES, SERVICE_SENTENCE } from './schedule-dictionary.ts';

export interface ClauseReading {
  /** The sentence as written. */
  text: string;
  osm: string | null;
  /** `office-kind`: the sentence names `kinds`; `service`: it says when the service is given. */
  about: 'office-kind' | 'service';
  kinds: readonly OfficeKind[];
  /** The clause's line. */
  line: number;
}

/** Sentence ends: a full stop before a capital (`... 18.00-ге дейін. Мемлекеттік ...`), not `9.00`. */
const SENTENCE_END = /(?<=\.)\s+(?=\p{Lu})/u;

export function scheduleReadings(
  schedule: string | null,
  at: { file: string; line: number },
): { readings: ClauseReading[]; diagnostics: Diagnostic[] } {
  const readings: ClauseReading[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const sentence of (schedule ?? '').split(SENTENCE_END)) {
    const text = sentence.trim();
    if (!HAS_TIME.test(text)) continue;
    const named = KIND_SENTENCES.find((k) => k.test.test(text));
    if (!named && !SERVICE_SENTENCE.test(text)) continue;
    const parsed = parseWorkingHours(text, at);
    diagnostics.push(...parsed.diagnostics);
    readings.push({
      text,
      osm: parsed.hours?.osm ?? null,
      about: named ? 'office-kind' : 'service',
      kinds: named?.kinds ?? [],
      line: at.line,
    });
  }
  return { readings, diagnostics };
}
