import { readFile } from 'node:fs/promises';
import { parseDataJsonOnce } from '../../integrations/data-json.ts';
import { type IngestReport, ingestReportSchema } from '../../schemas/report.ts';
import { projectPath } from '../project-path.ts';

let report: Promise<IngestReport> | undefined;

/** The ingest report, read at build time and checked against its schema, once for both languages' pages. */
export function loadIngestReport(): Promise<IngestReport> {
  report ??= readFile(projectPath('content/data/ingest-report.json'), 'utf8').then((text) =>
    ingestReportSchema.parse(parseDataJsonOnce('ingest-report.json', text)),
  );
  return report;
}
