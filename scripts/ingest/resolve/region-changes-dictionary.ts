/**
 * Areas reassigned since the acts (2008-2012), keyed by the folded stem of their name (merge-offices
 * `districtStem`): the regions of 2022 (Abai from East Kazakhstan, Jetisu from Almaty region, Ulytau
 * from Karaganda region) and South Kazakhstan, renamed Turkistan region in 2018 when Shymkent became a
 * city of republican significance.
 */

/** Whole regions under a new name: folded region name -> present-day region. */
export const REGION_RENAMED: Readonly<Record<string, string>> = {
  'онтустик казакстан облысы': 'Түркістан облысы',
};

/** Districts and cities moved to another region: old region (folded) -> district stem -> present region. */
export const DISTRICT_MOVED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'алматы облысы': Object.fromEntries(
    [
      'алакол',
      'аксу',
      'ескелди',
      'кербулак',
      'коксу',
      'каратал',
      'панфилов',
      'саркан',
      'саркант',
      'талдыкорган',
      'текели',
    ].map((s) => [s, 'Жетісу облысы']),
  ),
  'шыгыс казакстан облысы': Object.fromEntries(
    ['абай', 'аягоз', 'бескарагай', 'бородулиха', 'жарма', 'кокпекти', 'уржар', 'семей', 'курчатов'].map((s) => [
      s,
      'Абай облысы',
    ]),
  ),
  'караганды облысы': Object.fromEntries(
    ['жанаарка', 'улытау', 'жезказган', 'сатбаев', 'сатпаев', 'каражал'].map((s) => [s, 'Ұлытау облысы']),
  ),
  'онтустик казакстан облысы': { шымкент: 'Шымкент қаласы' },
};
