import { expect, test } from 'vitest';
import { joinSpacedRuns } from '../../../../src/lib/text/letter-spacing.ts';

test.each([
  { input: '1 8 - 0 0  д е й і н', min: 3, output: '18-00  дейін' },
  { input: 'A s t r _ s o c z @', min: 3, output: 'Astr_socz@' },
  // 003: `Заңының 1 8 бабындағы`, digits the authors displaced, stay apart unless pairs are joined too.
  { input: 'Заңының 1 8 бабындағы', min: 3, output: 'Заңының 1 8 бабындағы' },
  { input: 'Заңының 1 8 бабындағы', min: 2, output: 'Заңының 18 бабындағы' },
  { input: '№ 1 ХҚО', min: 3, output: '№ 1 ХҚО' },
])("joins runs of $min in '$input' to '$output'", ({ input, min, output }) => {
  expect(joinSpacedRuns(input, min)).toBe(output);
});
