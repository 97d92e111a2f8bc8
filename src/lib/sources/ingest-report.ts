import { readFile } from 'node:fs/promises';
import { type IngestReport, ingestReportSchema } from '../../schemas/report.ts';
import { projectPath } from '../project-path.ts';

/** The ingest report, read at build time and checked against its schema. */
export async function loadIngestReport(): Promise<IngestReport> {
  const text = await readFile(projectPath('content/data/ingest-report.json'), 'utf8');
  return ingestReportSchema.parse(JSON.parse(text));
}
