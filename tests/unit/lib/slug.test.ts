import { describe, expect, test } from 'vitest';
import { slugify } from '../../../src/lib/slug.ts';

describe('slugify', () => {
  test.each([
    { input: 'Қарағанды', output: 'karagandy' },
    { input: 'Өскемен', output: 'oskemen' },
    { input: 'Ұзынағаш', output: 'uzynagash' },
    { input: 'Үржар', output: 'urzhar' },
    { input: 'Шығыс Қазақстан', output: 'shygys-kazakstan' },
    { input: 'Ақкөл ауданы', output: 'akkol-audany' },
    { input: 'Щучинск', output: 'shchuchinsk' },
    { input: '«Жұмыссыз азаматтарға анықтама беру»', output: 'zhumyssyz-azamattarga-anyktama-beru' },
  ])("turns '$input' into '$output'", ({ input, output }) => {
    expect(slugify(input)).toBe(output);
  });
});
