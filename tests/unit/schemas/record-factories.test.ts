/** The shared record factories make records their schemas accept, so a fixture never drifts from the data. */
import { describe, expect, test } from 'vitest';
import { actSchema } from '../../../src/schemas/act.ts';
import { officeSchema } from '../../../src/schemas/office.ts';
import { placeSchema } from '../../../src/schemas/place.ts';
import { serviceSchema } from '../../../src/schemas/service.ts';
import { act, office, place, service } from '../../helpers/records.ts';

describe('record factories', () => {
  test('each default record passes its schema', () => {
    expect(officeSchema.safeParse(office()).success).toBe(true);
    expect(serviceSchema.safeParse(service()).success).toBe(true);
    expect(actSchema.safeParse(act()).success).toBe(true);
    expect(
      placeSchema.safeParse(place({ id: 'x-oblysy', name: 'X облысы', kind: 'region', parent: null })).success,
    ).toBe(true);
  });

  test('fields passed in replace the defaults', () => {
    expect(office({ id: 'dept', district: 'Ақсу ауданы' })).toMatchObject({ id: 'dept', district: 'Ақсу ауданы' });
    expect(service({ id: 'svc' }).names).toEqual(['Сынақ қызметі']);
  });
});
