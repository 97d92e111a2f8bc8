/**
 * Test helper: turns a table excerpt cut from content/sources into minimal office records (row number,
 * name line, address line), after the real normaliser, so the geocoder is tested on real names.
 */
import { readFileSync } from 'node:fs';
import { normaliseSource } from '../../../../scripts/ingest/normalise/index.ts';
import type { Office } from '../../../../src/schemas/office.ts';
import { office } from '../../../helpers/records.ts';

/** Rows of a tabbed table: a line holding only the row number, then the name line, then the address line. */
export function fixtureOffices(fixture: string, kind: Office['kind'], region: string): Office[] {
  const file = `tests/fixtures/geocode/${fixture}`;
  const { lines } = normaliseSource({ file: fixture, text: readFileSync(file, 'utf8') });
  const filled = lines.filter((l) => l.text.trim() !== '');
  const offices: Office[] = [];
  filled.forEach((line, i) => {
    const number = line.text.trim();
    const name = filled[i + 1];
    const address = filled[i + 2];
    if (!/^\d{1,3}$/.test(number) || !name || !address) return;
    offices.push(
      office({
        id: `${fixture.replace(/\.txt$/, '')}-r${number}`,
        kind,
        region,
        name: name.text.trim(),
        address: address.text.trim(),
        sources: [{ file: fixture, line: line.line, act: 'test', appendix: 'test/1' }],
      }),
    );
  });
  return offices;
}
