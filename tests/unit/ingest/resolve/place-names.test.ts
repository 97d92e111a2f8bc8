import { expect, test } from 'vitest';
import { plausibleSettlement, ruralTerritory } from '../../../../scripts/ingest/resolve/place-names.ts';

test.each([
  {
    name: 'Жансүгіров кенттік округ аудан әкімінің аппараты',
    out: { kind: 'rural-district', name: 'Жансүгіров кенттік округ' },
  },
  {
    name: '"Абай селолық округі әкімінің аппараты" мемлекеттік мекемесі',
    out: { kind: 'rural-district', name: 'Абай селолық округі' },
  },
  {
    name: 'Б. Сырттанова атындағы селолық округ',
    out: { kind: 'rural-district', name: 'Б. Сырттанова атындағы селолық округ' },
  },
  { name: '"Гүлшат кенті әкімінің аппараты" мемлекеттік мекемесі', out: { kind: 'settlement', name: 'Гүлшат' } },
  { name: 'Уштобе қаласының әкімдігі', out: { kind: 'settlement', name: 'Уштобе' } },
])('«$name» names the territory $out.name', ({ name, out }) => {
  expect(ruralTerritory(name)).toMatchObject(out);
});

test.each(['"Ақмешіт ... аппараты"', 'Шеңбер әкімі аппараты'])('«%s» names no territory', (name) => {
  expect(ruralTerritory(name)).toBeNull();
});

test.each([
  { name: 'Жансүгіров', ok: true },
  { name: 'С. Пушкин атындағы көше', ok: false },
  { name: '14 шағын аудан', ok: false },
  { name: null, ok: false },
])('«$name» is a settlement name: $ok', ({ name, ok }) => {
  expect(plausibleSettlement(name)).toBe(ok);
});
