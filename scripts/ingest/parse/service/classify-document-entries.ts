/**
 * Documents as people use them: each entry of the list of required documents (from
 * parse-required-documents.ts) is `required` (everyone brings it), `conditional` (only the people or the
 * case its condition names, kept as written) or a `remark` (a sentence of the list that is no document:
 * originals are returned after checking, forms lie on a stand). Pure: entries in, entries out.
 */
import type { ServiceVersion } from '../../../../src/schemas/service.ts';
import {
  ADDITIONAL,
  ADDITIONAL_FOR,
  BRACKETED_FOR,
  CIRCUMSTANCE,
  FOR_PERSONS,
  PERSON_WORD,
  PERSONS_SUBMIT,
  PURPOSE_HEADING,
  REMARKS,
} from './document-kinds-dictionary.ts';
import { foldHomoglyphs } from './match-text.ts';

type Entry = ServiceVersion['documents'][number];
type Kind = NonNullable<Entry['kind']>;

const fold = (text: string) => foldHomoglyphs(text).toLocaleLowerCase('kk').replace(/\s+/g, ' ').trim();

/**
 * The condition of one entry, as written, or null when everyone brings it. `serviceName` settles a
 * category that is the service's own recipients: `мүгедектерге, оның ішінде мүгедек балаларға жеке
 * оңалту бағдарламасы` in «Мүгедектерге протездік-ортопедиялық көмек ...» (002) is asked of everyone.
 */
export function documentCondition(text: string, serviceName: string): string | null {
  // The homoglyph fold maps one letter to one letter, so match offsets hold in the text as written.
  const folded = foldHomoglyphs(text.trim());
  const written = text.trim();
  const cut = (m: RegExpExecArray | null, group = 'condition') => {
    const g = m?.groups?.[group];
    if (!m || g === undefined) return null;
    const start = m.index + m[0].indexOf(g);
    return written.slice(start, start + g.length).trim();
  };
  const circumstance = CIRCUMSTANCE.exec(folded);
  if (circumstance) return cut(circumstance) ?? cut(circumstance, 'if');
  const persons = cut(PERSONS_SUBMIT.exec(folded));
  if (persons) return persons;
  const additional = cut(ADDITIONAL_FOR.exec(folded));
  if (additional) return additional;
  const purpose = cut(PURPOSE_HEADING.exec(folded));
  if (purpose && !ADDITIONAL.test(folded)) return purpose;
  const forPersons = FOR_PERSONS.exec(folded);
  const category = cut(forPersons);
  if (category && PERSON_WORD.test(category)) {
    const head = fold(category.split(/,\s*оның\s+ішінде/iu)[0] ?? category);
    // `Мүгедектерге қосымша:` is extra papers for a category even in a service for the disabled.
    if (!ADDITIONAL.test(folded) && fold(serviceName).includes(head)) return null;
    return category;
  }
  return cut(BRACKETED_FOR.exec(folded));
}

export function classifyDocumentEntry(entry: Entry, serviceName: string): Entry {
  const folded = foldHomoglyphs(entry.text);
  if (REMARKS.some((r) => r.test(folded))) return { ...entry, kind: 'remark', condition: null };
  const condition = documentCondition(entry.text, serviceName);
  const kind: Kind = condition ? 'conditional' : 'required';
  return { ...entry, kind, condition };
}

export function classifyDocumentEntries(entries: readonly Entry[], serviceName: string): Entry[] {
  return entries.map((e) => classifyDocumentEntry(e, serviceName));
}
