/**
 * A worker thread of validateSite (validate-html.ts): validates the pages it is given and posts back the
 * messages. Runs as plain Node (type stripping), outside Vitest.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createHtmlValidator, validateHtml } from './validate-html.ts';

const pages = workerData as [string, string][];
const validator = createHtmlValidator();
const errors: string[] = [];
for (const [path, html] of pages) errors.push(...(await validateHtml(validator, path, html)));
parentPort?.postMessage(errors);
