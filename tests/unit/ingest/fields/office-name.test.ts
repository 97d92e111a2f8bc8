import { describe, expect, test } from 'vitest';
import { displayName } from '../../../../scripts/ingest/parse/fields/office-name.ts';
import { cell } from './fixture-cells.ts';

describe('displayName: what people call the office, from the name as the act writes it', () => {
  test.each([
    {
      fixture: '002-akim-receptions.txt',
      from: 1,
      to: 1,
      name: 'Балқаш қаласы әкімінің аппараты',
    },
    // 002 line 5277: the closing quote is missing.
    { fixture: '002-karsakpai-rural-akim-name.txt', from: 1, to: 1, name: 'Қарсақпай кенті әкімі аппараты' },
    // 002 line 5297: a hyphenated name broken before its hyphen.
    { fixture: '002-aksu-ayuly-rural-akim-name.txt', from: 1, to: 1, name: 'Ақсу-Аюлы селолық округі аппараты' },
    // 003 lines 183-187: `мемлекеттік мекемесі (әрі қарай ММ)` across a line break.
    {
      fixture: '003-taraz-baizak-department-names.txt',
      from: 1,
      to: 5,
      name: 'Тараз қаласы әкімиятының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
    },
    // 003 lines 198-201: `... бөлімі" ММ`.
    {
      fixture: '003-taraz-baizak-department-names.txt',
      from: 19,
      to: 22,
      name: 'Байзақ ауданының әкімиятының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
    },
    // 001 line 301: a slash left at the end of the line.
    {
      fixture: '001-zhambyl-department-name.txt',
      from: 3,
      to: 7,
      name: 'Жамбыл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
    },
    // 001 lines 10313-10319: the legal form inside, before the quoted parent body.
    {
      fixture: '001-aksu-psc-branch-name.txt',
      from: 1,
      to: 7,
      name: 'Ақсу аудандық филиалы Алматы облысының халыққа қызмет көрсету орталығы',
    },
  ])('$fixture lines $from-$to read as «$name»', ({ fixture, from, to, name }) => {
    expect(displayName(cell(fixture, from, to))).toBe(name);
  });
});

describe('displayName negative cases: nothing to take away', () => {
  test.each([
    'Шығыс Қазақстан облысының № 1 ХҚО',
    'Б. Сырттанова атындағы селолық округ аудан әкімінің аппараты',
    'Қатон-Қарағай ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
    // `ММ` only as a whole word: a name that merely contains the letters keeps them.
    'Мамлют ауданының жұмыспен қамту бөлімі',
  ])("keeps '%s' as it is", (name) => {
    expect(displayName(name)).toBe(name);
  });
});
