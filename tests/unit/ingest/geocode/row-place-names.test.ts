import { describe, expect, test } from 'vitest';
import {
  bareSettlement,
  districtInText,
  rowPlaceNames,
  settlementInAddress,
} from '../../../../scripts/ingest/resolve/geocode/row-place-names.ts';
import { office } from '../../../helpers/records.ts';

describe('settlementInAddress', () => {
  test.each([
    { address: '020100, Ақкөл қаласы, Нұрмағамбетов көшесi, 81 akkol_ozsp@mail.ru', settlement: 'Ақкөл' },
    { address: '021600, Шортанды кентi, Абылайхан көшесi, 22 shortsobes@mail.ru', settlement: 'Шортанды' },
    {
      address: '101700, Қарағанды облысы, Шет ауданы, Ақсу-Аюлы ауылы, Шортанбай жырау көшесі, 71',
      settlement: 'Ақсу-Аюлы',
    },
    { address: '040700, Өтеген батыр кентi, Титов көшесi, 3 «а» Ili-sobes@mail.ru', settlement: 'Өтеген батыр' },
    { address: 'Жуалы ауданы, Б.Момышұлы ауылы, Жамбыл көшесi, 1', settlement: 'Б.Момышұлы' },
    { address: 'Түлкiбас ауданы, Т. Рысқұлов ауылы, Т. Рысқұлов көшесi, 318', settlement: 'Т. Рысқұлов' },
    { address: 'г. Тараз, ул. Абая, 1', settlement: 'Тараз' },
  ])("finds '$settlement' in '$address'", ({ address, settlement }) => {
    expect(settlementInAddress(address)).toBe(settlement);
  });

  test.each([
    { address: 'Шаңырақ-2 шағын ауданы, Жанғозин көшесi, 57' },
    { address: '4-шағын аудан soc_progr@mail.ru' },
    { address: 'aksuakimat.kz' },
    // Whole names letter-spaced are the normaliser's to rejoin (001: `А қ с у  а у д а н ы`).
    { address: 'А қ с у  а у д а н ы  А қ с у ауылы aksuakimat.kz' },
    { address: '' },
  ])("finds no settlement in '$address'", ({ address }) => {
    expect(settlementInAddress(address)).toBeNull();
  });
});

describe('districtInText and rowPlaceNames', () => {
  test.each([
    { text: 'Ақкөл ауданының жұмыспен қамту және әлеуметтiк бағдарламалар бөлiмi', district: 'Ақкөл ауданы' },
    { text: '100100, Қарағанды облысы, Абай ауданы, Абай қаласы', district: 'Абай ауданы' },
    { text: 'Степногор қаласының жұмыспен қамту бөлiмi', district: null },
  ])("reads the district of '$text' as $district", ({ text, district }) => {
    expect(districtInText(text)).toBe(district);
  });

  test('prefers the parsed fields and strips a settlement word left in them', () => {
    const names = rowPlaceNames(
      office({
        kind: 'employment-department',
        name: 'Ақсу ауданының жұмыспен қамту бөлімі',
        region: 'Алматы облысы',
        settlement: 'Жансүгіров кенті',
        district: 'Ақсу ауданы',
        address: 'Қапал ауылы',
      }),
    );
    expect(names).toEqual({ settlements: ['Жансүгіров', 'Қапал'], district: 'Ақсу ауданы' });
    expect(bareSettlement('г. Тараз')).toBe('Тараз');
    expect(bareSettlement('Қарағанды облысы Осакаровка')).toBe('Осакаровка');
  });

  test('reads a city of regional significance from the office name', () => {
    const names = rowPlaceNames(
      office({
        kind: 'employment-department',
        name: 'Степногор қаласының жұмыспен қамту бөлiмi',
        region: 'Ақмола облысы',
      }),
    );
    expect(names).toEqual({ settlements: [], district: 'Степногор қаласы' });
  });

  test.each([{ field: 'Бөкейхан даңғылы' }, { field: 'С. Пушкин атындағы көше' }, { field: 'Сейфуллин көшесі' }])(
    "does not trust a parsed settlement '$field' that names a street",
    ({ field }) => {
      expect(bareSettlement(field)).toBeNull();
    },
  );
});
