import { describe, expect, test } from 'vitest';
import { flagText } from '../../../src/lib/sources/flag-text.ts';
import { buildClauseIndex, shortSourceLabel, sourceLabel } from '../../../src/lib/sources/label.ts';
import { phoneNote } from '../../../src/lib/sources/phone-note.ts';
import { referenceParts, referenceSentence } from '../../../src/lib/sources/reference-text.ts';
import type { Service, ServiceVersion } from '../../../src/schemas/service.ts';
import { sourceFile } from '../../helpers/source-files.ts';
import { karagandaAct, registrationVersion } from './embed-records.ts';

const file = sourceFile('002');
const clause = (number: string, line: number) => ({
  number,
  section: null,
  text: `${number}. ...`,
  sources: [{ file, line }],
});
const version: ServiceVersion = { ...registrationVersion, clauses: [clause('7', 4250), clause('12', 4284)] };
const index = buildClauseIndex([{ versions: [version] } as unknown as Service]);
const latin = /[A-Za-z]{3,}/;

describe('a source reference as a person reads it', () => {
  test('names the act, the clause the line falls in, and the line', () => {
    expect(sourceLabel({ file, line: 4288 }, [karagandaAct], index)).toBe(
      'Қарағанды облысының әкімдігі, 2008 ж. № 32/08, 12-тармақ, 4288-жол',
    );
    expect(shortSourceLabel({ file, line: 4256 }, index)).toBe('7-тармақ');
  });

  test('names the appendix for an office row', () => {
    expect(sourceLabel({ file, line: 120, appendix: '2008-32-08-1/1' }, [karagandaAct], index)).toBe(
      'Қарағанды облысының әкімдігі, 2008 ж. № 32/08, 1-қосымша, 120-жол',
    );
  });

  test('a line above every clause is given by its line alone', () => {
    expect(shortSourceLabel({ file, line: 30 }, index)).toBe('30-жол');
  });

  test('a completed area code names the act and line it came from, or only the number where no act list is at hand', () => {
    const phone = {
      note: 'қабылдау бөлмесі',
      areaCode: {
        code: '7212',
        from: 'same-town' as const,
        raw: '8-7212 30-01-69',
        source: { file: karagandaAct.file, line: 804 },
      },
    };
    expect(phoneNote(phone, [karagandaAct])).toBe(
      'қабылдау бөлмесі; қала коды 7212 осы қаладағы басқа нөмірден алынды («8-7212 30-01-69», Қарағанды облысының әкімдігі, 2008 ж. № 32/08, 804-жол)',
    );
    expect(phoneNote(phone, null)).toBe(
      'қабылдау бөлмесі; қала коды 7212 осы қаладағы басқа нөмірден алынды («8-7212 30-01-69»)',
    );
    expect(phoneNote({ note: null }, [karagandaAct])).toBeNull();
  });
});

describe('Kazakh sentences from structured fields', () => {
  // 001 line 7019: «Тұтынушы мемлекеттік қызметті алу үшін стандарттың 11 тармағының талаптарына сәйкес ...».
  const reference: ServiceVersion['references'][number] = {
    field: 'documents',
    text: 'Тұтынушы мемлекеттік қызметті алу үшін стандарттың 11 тармағының талаптарына сәйкес құжаттарын дайындайды.',
    clause: '11',
    resolvedTo: null,
    note: 'What the regulation says about documents is in clause 11 of the standard',
    standard: {
      name: '18 жасқа дейінгі балалы отбасыларға мемлекеттік жәрдемақылар тағайындау',
      year: '2012',
      number: null,
    },
    sources: [{ file: sourceFile('001'), line: 7019 }],
  };

  test('a reference to a standard not in the sources says where the list is and that it is missing', () => {
    const text = referenceSentence(reference, 'kk');
    expect(text).toContain('11-тармағында');
    expect(text).toContain('«18 жасқа дейінгі балалы отбасыларға мемлекеттік жәрдемақылар тағайындау», 2012 ж.');
    expect(text).toContain('сайттағы актілердің арасында жоқ');
    expect(text).not.toMatch(latin);
  });

  test.each(['act-head-missing', 'duplicate-clause-number', 'some-future-code'])('flag %s reads in Kazakh', (code) => {
    expect(flagText(code, 'kk')).not.toMatch(latin);
  });
});

const kazakhLetter = /[әғқңөұүһі]/i;

describe('the same in Russian', () => {
  test('a Russian source label names the act by year and number, never the Kazakh issuer', () => {
    const label = sourceLabel({ file, line: 4288 }, [karagandaAct], index, 'ru');
    expect(label).toBe('акт 2008 г. № 32/08, пункт 12, строка 4288');
    expect(sourceLabel({ file, line: 120, appendix: '2008-32-08-1/1' }, [karagandaAct], index, 'ru')).toBe(
      'акт 2008 г. № 32/08, приложение 1, строка 120',
    );
    expect(shortSourceLabel({ file, line: 30 }, index, 'ru')).toBe('строка 30');
  });

  test("a reference reads in Russian around the standard's name as written, which stays marked as data", () => {
    const reference: ServiceVersion['references'][number] = {
      field: 'documents',
      text: '…',
      clause: '11',
      resolvedTo: null,
      note: '',
      standard: {
        name: '18 жасқа дейінгі балалы отбасыларға мемлекеттік жәрдемақылар тағайындау',
        year: '2012',
        number: null,
      },
      sources: [{ file: sourceFile('001'), line: 7019 }],
    };
    const parts = referenceParts(reference, 'ru');
    const words = parts.filter((p) => typeof p === 'string').join('');
    expect(words).toContain('Список необходимых документов: см. пункт 11');
    expect(words).toContain('2012 г.');
    expect(words).not.toMatch(kazakhLetter);
    expect(parts).toContainEqual({ data: reference.standard?.name });
  });

  test.each(['act-head-missing', 'phone-area-code', 'some-future-code'])('flag %s reads in Russian', (code) => {
    const text = flagText(code, 'ru');
    expect(text).not.toMatch(latin);
    expect(text).not.toMatch(kazakhLetter);
  });
});
