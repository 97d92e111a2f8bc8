import { describe, expect, test } from 'vitest';
import { joinLines, repairDisplacedReferences } from '../../../../scripts/ingest/normalise/index.ts';
import { normaliseFixture } from './helpers.ts';

describe('repairDisplacedReferences', () => {
  test.each([
    {
      at: '001:80',
      input: 'регламенттің көрсетілген мекенжайларда уәкілетті органдар 1-қосымшасында тарапынан көрсетіледі.',
      output: 'регламенттің 1-қосымшасында көрсетілген мекенжайларда уәкілетті органдар тарапынан көрсетіледі.',
    },
    {
      at: '001:127',
      input: 'регламенттің сәйкес) ;3 -қосымшасына 5) уәкілетті органның басшысы',
      output: 'регламенттің 3-қосымшасына сәйкес); 5) уәкілетті органның басшысы',
    },
    {
      at: '001:156',
      input: 'Регламенттің келтірілген.5-қосымшасында',
      output: 'Регламенттің 5-қосымшасында келтірілген.',
    },
    {
      at: '001:2078',
      input: 'қол қоюға жібереді (осы регламенттің сәйкес);2-қосымшасына',
      output: 'қол қоюға жібереді (осы регламенттің 2-қосымшасына сәйкес);',
    },
    {
      at: '001:32',
      input: '4) Осы қаулының сәйкес "Жұмыспен қамтуға жәрдемдесудің 4 қосымшасына белсенді формаларына"',
      output: '4) Осы қаулының 4 қосымшасына сәйкес "Жұмыспен қамтуға жәрдемдесудің белсенді формаларына"',
    },
    {
      at: '003:52',
      input: 'осы Стандарттың сәйкес көрсетеді. N 1 қосымшасына',
      output: 'осы Стандарттың N 1 қосымшасына сәйкес көрсетеді.',
    },
    {
      at: '003:636',
      input: 'осы Стандарттың сәйкес аудандар мен Тараз N 3 қосымшасына қаласының әкімияттары табылады.',
      output: 'осы Стандарттың N 3 қосымшасына сәйкес аудандар мен Тараз қаласының әкімияттары табылады.',
    },
  ])('$at: moves the reference back to its owner', ({ input, output }) => {
    expect(repairDisplacedReferences(input)).toEqual({ text: output, raw: input, moved: true });
  });

  test('moves the word back to the number that stayed behind (003:141)', () => {
    const n = normaliseFixture('003-displaced-reference.txt');
    const joined = joinLines(n.lines, n.file).text;
    expect(repairDisplacedReferences(joined).text).toBe(
      '22. Шағым берілетін мемлекеттік орган болып осы Стандарттың N 3 қосымшасына сәйкес аудандар мен Тараз қаласының әкімияттары табылады.',
    );
  });

  test.each([
    {
      why: 'a reference already in place (003:139)',
      input: 'орган болып осы Стандартты N 3 қосымшасына сәйкес аудандар',
    },
    {
      why: 'a URL in between: ambiguous (001:2706)',
      input: 'осы регламенттің www.almoblsobes.kz 1 қосымшасында көрсетілгендей',
    },
    {
      why: 'numbers displaced apart from the word (001:3387)',
      input: 'осы регламенттің, қосымшаларында көрсетілген 1 2 мекен-жайлар',
    },
    { why: 'another genitive that could own it', input: 'регламенттің талаптары органның 2-қосымшасында' },
    { why: 'no owner at all', input: 'Өтініш 2-қосымшаға сәйкес беріледі.' },
  ])('leaves alone $why', ({ input }) => {
    expect(repairDisplacedReferences(input)).toEqual({ text: input, raw: input, moved: false });
  });
});
