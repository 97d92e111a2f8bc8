/**
 * The committed act texts named by their number: a test writes `sourceFile('001')`, not the file's full
 * name (`001_c8303bd5a1b4be25.txt`), so a source saved again under a new hash changes this listing, not a
 * hundred tests. Tests about file names themselves (renamed or copied sources) still spell theirs out.
 */
import { readdirSync } from 'node:fs';

const files = readdirSync(new URL('../../content/sources/', import.meta.url))
  .filter((name) => name.endsWith('.txt'))
  .sort();

export type SourceNumber = '000' | '001' | '002' | '003' | '004';

export function sourceFile(n: SourceNumber): string {
  const name = files.find((f) => f.startsWith(`${n}_`));
  if (!name) throw new Error(`no content/sources/${n}_*.txt`);
  return name;
}
