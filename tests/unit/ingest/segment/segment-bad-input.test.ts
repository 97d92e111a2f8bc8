import { describe, expect, test } from 'vitest';
import { segmentSource } from '../../../../scripts/ingest/segment/segment-source.ts';
import { FILES, normalise, readSource } from './load.ts';

/** Lines `from`..`to` (1-based, inclusive) of a source text, with their line breaks. */
function cut(text: string, from: number, to: number): string {
  return `${text
    .split('\n')
    .slice(from - 1, to)
    .join('\n')}\n`;
}

describe('segmentSource on damaged copies of the real texts', () => {
  test('keeps the documents of a file cut inside its 7th document and names the last line', () => {
    const truncated = cut(readSource('002'), 1, 7100);
    const result = segmentSource(normalise('002', truncated));
    expect(result.documents).toHaveLength(7);
    expect(result.documents[6]?.name).toBe(
      'Мемлекеттік және мемлекеттік емес медициналық - әлеуметтік мекемелерде әлеуметтік қызмет көрсетуге құжаттар ресімдеу',
    );
    expect(result.documents[6]?.appendices).toEqual([]);
    const truncation = result.diagnostics.filter((d) => d.code === 'source-truncated');
    expect(truncation).toHaveLength(1);
    expect(truncation[0]?.severity).toBe('error');
    expect(truncation[0]?.file).toBe(FILES['002']);
    expect(truncation[0]?.line).toBe(7097);
    expect(truncation[0]?.message).toContain('the head lists 13 documents, 7 found');
  });

  test('reports 000 cut inside appendix 1: the body cites appendix 5', () => {
    const result = segmentSource(normalise('000', cut(readSource('000'), 1, 1000)));
    expect(result.documents[0]?.appendices.map((a) => a.number)).toEqual([1]);
    const truncation = result.diagnostics.find((d) => d.code === 'source-truncated');
    expect(truncation?.line).toBe(1000);
    expect(truncation?.message).toContain('document 1 cites appendix 5, the last found is 1');
  });

  test('reports a file cut in the middle of a line (no final line break)', () => {
    const text = readSource('004');
    const midLine = text.slice(0, text.indexOf('Сапа және қол жетімділік көрсеткіштерінің мәні') + 20);
    const result = segmentSource(normalise('004', midLine));
    expect(result.documents[0]?.appendices.map((a) => a.number)).toEqual([1, 2]);
    const truncation = result.diagnostics.find((d) => d.code === 'source-truncated');
    expect(truncation?.line).toBe(648);
    expect(truncation?.message).toContain('the last line has no line break');
  });

  test('reports a document pasted twice as an error and does not read the repeat', () => {
    const text = readSource('003');
    const pasted = cut(text, 1, 1086) + cut(text, 544, 1086);
    const result = segmentSource(normalise('003', pasted));
    expect(result.documents.map((d) => [d.ordinal, d.span.line, d.name, d.appendices.length])).toEqual([
      [1, 27, 'Мемлекеттік атаулы әлеуметтік көмек тағайындау', 3],
      [2, 544, 'Жұмыссыз азаматтарға анықтама беру', 3],
    ]);
    const duplicate = result.diagnostics.filter((d) => d.code === 'duplicate-document');
    expect(duplicate.map((d) => [d.severity, d.line])).toEqual([['error', 1087]]);
  });

  test('reports an appendix pasted twice inside a document as an error', () => {
    const text = readSource('004');
    const pasted = cut(text, 1, 776) + cut(text, 641, 776);
    const result = segmentSource(normalise('004', pasted));
    expect(result.documents[0]?.appendices.map((a) => [a.number, a.span.line])).toEqual([
      [1, 266],
      [2, 641],
      [2, 777],
    ]);
    const repeated = result.diagnostics.filter((d) => d.code === 'duplicate-appendix-number');
    expect(repeated.map((d) => [d.severity, d.line])).toEqual([['error', 777]]);
  });

  test('segments an appendix with an unknown garbage table and leaves it to the table parsers', () => {
    const garbage = [
      '" М е м л е к е т т і к  ж ә н е  м е м л е к е т т і к  ',
      'р е с і м д е у "  м е м л е к е т т і к  қ ы з м е т т і  ',
      'к ө р с е т у д і ң  с т а н д а р т ы н а    ',
      '3-қосымша',
      'Белгісіз кесте',
      '\t@@@\t###\t0x1F',
      '\t;;;\t',
      '',
    ].join('\n');
    const result = segmentSource(normalise('004', readSource('004') + garbage));
    const appendix = result.documents[0]?.appendices[2];
    expect(appendix?.number).toBe(3);
    expect(appendix?.title).toBe('Белгісіз кесте');
    expect(appendix?.span).toEqual({ file: FILES['004'], line: 777, endLine: 783 });
    expect(appendix?.lines.map((l) => l.raw)).toEqual(['\t@@@\t###\t0x1F', '\t;;;\t', '']);
  });
});

describe('segmentSource negative cases', () => {
  test.each([
    { what: 'an empty text', text: '' },
    { what: 'text with no stamp', text: 'Бір жол\nЕкі жол\n' },
    { what: 'random symbols', text: '\u0000\u0001@@@\n\t\t\t\n###' },
    { what: 'a stamp and nothing after it', text: 'Қарағанды облысы әкімдігінің\n\nN 32/08 қаулысымен\n\nБЕКІТІЛДІ\n' },
    { what: 'an appendix marker with no document', text: 'стандартына 1-қосымша\nКесте\n' },
  ])('does not throw on $what', ({ text }) => {
    expect(() => segmentSource(normalise('004', text))).not.toThrow();
  });

  test('reports a text with no approval stamp and keeps it all as the head', () => {
    const result = segmentSource(normalise('004', 'Бір жол\nЕкі жол\n'));
    expect(result.documents).toEqual([]);
    expect(result.act.lines.map((l) => l.text)).toEqual(['Бір жол', 'Екі жол', '']);
    expect(result.diagnostics.map((d) => [d.severity, d.code])).toEqual([['error', 'no-documents']]);
  });

  test('does not take a body sentence ending in `қосымша` for an appendix (004 line 263)', () => {
    const result = segmentSource(normalise('004', readSource('004')));
    expect(result.documents[0]?.appendices[0]?.span.line).toBe(266);
  });

  test('does not take `) б е к і т і л г е н` inside a clause for a stamp (004 line 55)', () => {
    expect(segmentSource(normalise('004', readSource('004'))).documents).toHaveLength(1);
  });
});
