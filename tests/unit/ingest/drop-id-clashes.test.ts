/** A second act with an id already taken is skipped whole, with one error; the first and the others stay. */
import { describe, expect, test } from 'vitest';
import type { FileIngest } from '../../../scripts/ingest/ingest-file.ts';
import { dropIdClashes } from '../../../scripts/ingest/integrity/drop-id-clashes.ts';
import { act, office, serviceVersion } from '../../helpers/records.ts';

const file = (name: string, actId: string): FileIngest => ({
  act: act({ id: actId, file: name }),
  versions: [serviceVersion({ act: actId })],
  offices: [office()],
  report: { file: name, act: actId, documents: 1, appendices: [], coverage: {} },
  diagnostics: [],
  clauseHours: [],
  text: 'text',
});

describe('dropIdClashes', () => {
  test('keeps the first file of an id and empties the later one, leaving the input as it was', () => {
    const files = [file('003_a.txt', '2012-1'), file('005_copy.txt', '2012-1'), file('006_b.txt', '2013-2')];
    const { files: out, diagnostics } = dropIdClashes(files);
    expect(out.map((f) => f.act?.id ?? null)).toEqual(['2012-1', null, '2013-2']);
    expect(out[1]).toMatchObject({ versions: [], offices: [], clauseHours: [], report: { act: null } });
    expect(diagnostics).toMatchObject([{ code: 'duplicate-act-id', file: '005_copy.txt', line: 1 }]);
    expect(files[1]?.act?.id).toBe('2012-1');
  });
});
