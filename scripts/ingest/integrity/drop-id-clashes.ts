/**
 * The stage after reading each file: a second act with an id already taken (a copy with one line
 * changed) is skipped whole, since ids are the acts' URLs and keys. Pure: the files' results in name
 * order in; the same results out, each clashing file's act, versions, office rows and hours emptied,
 * with one error per clash.
 */
import type { Act } from '../../../src/schemas/act.ts';
import type { FileIngest } from '../ingest-file.ts';
import type { Diagnostic } from '../types.ts';
import { checkActId } from './check-source.ts';

export function dropIdClashes(files: readonly FileIngest[]): { files: FileIngest[]; diagnostics: Diagnostic[] } {
  const kept: Act[] = [];
  const diagnostics: Diagnostic[] = [];
  const out = files.map((f) => {
    const clash = f.act && checkActId(f.act, kept, f.report.file, 1);
    if (!clash) {
      if (f.act) kept.push(f.act);
      return f;
    }
    diagnostics.push(clash);
    return { ...f, act: null, versions: [], offices: [], clauseHours: [], report: { ...f.report, act: null } };
  });
  return { files: out, diagnostics };
}
