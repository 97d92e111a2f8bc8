import { describe, expect, test } from 'vitest';
import { foreignText, htmlText } from '../../site/checks/people-text.ts';

describe('the people-text check', () => {
  test.each([
    'What the regulation says about documents is in clause 11 of the standard',
    'қала коды 7162 осы қаладағы басқа нөмірден алынды («8-7162 31-92-76», 000_8780a4b2e90bbbe3.txt:194)',
  ])('finds «%s»', (text) => {
    expect(foreignText(text)).not.toBeNull();
  });

  test.each([
    'beskar_c@mail.ru',
    'www.almoblsobes.kz сайтында',
    '© OpenStreetMap қатысушылары',
    'Сайт qyzmet.kz: Қазақстан',
  ])('lets «%s» pass', (text) => {
    expect(foreignText(text)).toBeNull();
  });

  test('reads text, not attributes or scripts', () => {
    expect(
      htmlText(
        '<a href="/x" title="Open the whole page now">Ашу</a><script>const a = "one two three four";</script>',
      ).trim(),
    ).toBe('Ашу');
  });
});
