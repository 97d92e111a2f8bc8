/**
 * Prints draft content/names/ru.json entries (source `transliteration`) for the regions, districts and cities of
 * content/data/places.json that the file does not have yet, for a person to review and paste in. Run after
 * `npm run ingest`: `node scripts/names/draft-place-names.ts`. Never writes the file: every entry is reviewed.
 */
import { readFileSync } from 'node:fs';
import { placeSchema } from '../../src/schemas/place.ts';
import { russianNamesSchema } from '../../src/schemas/russian-names.ts';
import { transliteratePlaceName } from './transliterate-place-name.ts';

const root = new URL('../../', import.meta.url);
const readJson = (file: string): unknown => JSON.parse(readFileSync(new URL(file, root), 'utf8'));

const places = placeSchema.array().parse(readJson('content/data/places.json'));
const reviewed = new Set(russianNamesSchema.parse(readJson('content/names/ru.json')).places.map((p) => p.id));

const drafts = places.flatMap((place) => {
  if (reviewed.has(place.id)) return [];
  if (place.kind !== 'region' && place.kind !== 'district' && place.kind !== 'city') return [];
  const draft = transliteratePlaceName(place.name, place.kind);
  if (!draft) return [{ id: place.id, kk: place.name, ru: '?', source: 'transliteration', forms: [] }];
  return [{ id: place.id, kk: place.name, ru: draft.ru, source: 'transliteration', forms: draft.forms }];
});
process.stdout.write(`${JSON.stringify(drafts, null, 2)}\n`);
