/**
 * Checks over every page in dist/: valid HTML (html-validate, strict preset), no broken internal link or
 * anchor, and the open data matching the zod schemas and the pages.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkLinks } from '../../scripts/check/check-links.ts';
import { actSchema } from '../../src/schemas/act.ts';
import { officeSchema } from '../../src/schemas/office.ts';
import { serviceSchema } from '../../src/schemas/service.ts';
import { assertBuilt, distDir } from './dist.ts';

const pages = new Map<string, string>();
const files = new Set<string>();

async function walk(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await walk(full);
    else {
      const path = `/${relative(distDir, full)}`;
      if (path.endsWith('.html')) pages.set(path, await readFile(full, 'utf8'));
      else files.add(path);
    }
  }
}

beforeAll(async () => {
  assertBuilt();
  await walk(distDir);
});

describe('every page', () => {
  test('is valid HTML under the strict preset', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Kazakh text uses «» and — by design; the rule targets English typography.
        'no-raw-characters': 'off',
        // Long words in Kazakh act text are normal content, not a layout bug.
        'long-title': 'off',
      },
    });
    const errors: string[] = [];
    for (const [path, html] of pages) {
      const report = await validator.validateString(html, path);
      for (const r of report.results) {
        for (const m of r.messages) errors.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(errors.slice(0, 30)).toEqual([]);
  });

  test('links only to pages, files and anchors that exist', () => {
    const broken = checkLinks(pages, files);
    expect(broken.slice(0, 30)).toEqual([]);
  });
});

describe('open data', () => {
  test.each([
    { file: 'acts.json', schema: actSchema },
    { file: 'services.json', schema: serviceSchema },
    { file: 'offices.json', schema: officeSchema },
  ])('every record of dist/data/$file validates against its schema', async ({ file, schema }) => {
    const records: unknown[] = JSON.parse(await readFile(join(distDir, 'data', file), 'utf8'));
    expect(records.length).toBeGreaterThan(0);
    const invalid = records.filter((r) => !schema.safeParse(r).success);
    expect(invalid).toEqual([]);
  });

  test("every office page shows exactly the open data's phones and e-mails", async () => {
    const offices = JSON.parse(await readFile(join(distDir, 'data', 'offices.json'), 'utf8')) as {
      id: string;
      phones: { number: string | null }[];
      emails: string[];
    }[];
    const mismatches: string[] = [];
    for (const o of offices) {
      const html = pages.get(`/offices/${o.id}/index.html`);
      if (!html) {
        mismatches.push(`${o.id}: no page`);
        continue;
      }
      const card = html.slice(html.indexOf('id="contacts"'), html.indexOf('</section>', html.indexOf('id="contacts"')));
      const tels = [...card.matchAll(/href="tel:([^"]+)"/g)].map((m) => m[1]);
      const mails = [...card.matchAll(/href="mailto:([^"]+)"/g)].map((m) => m[1]);
      const wantTels = o.phones.flatMap((p) => (p.number ? [p.number] : []));
      if (JSON.stringify(tels) !== JSON.stringify(wantTels)) mismatches.push(`${o.id}: tel ${tels} != ${wantTels}`);
      if (JSON.stringify(mails) !== JSON.stringify(o.emails)) mismatches.push(`${o.id}: mail ${mails} != ${o.emails}`);
    }
    expect(mismatches.slice(0, 20)).toEqual([]);
  });
});
