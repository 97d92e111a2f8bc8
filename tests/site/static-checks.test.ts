/**
 * Checks over every page in dist/: valid HTML (html-validate, strict preset), no broken internal link or
 * anchor, and the open data matching the zod schemas and the pages. The checkers live in checks/ and
 * scripts/check/, where gates-catch-breakage.test.ts proves they report deliberately broken input.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { checkLinks } from '../../scripts/check/check-links.ts';
import { actSchema } from '../../src/schemas/act.ts';
import { officeSchema } from '../../src/schemas/office.ts';
import { serviceSchema } from '../../src/schemas/service.ts';
import { pathLang } from './checks/lang-links.ts';
import { invalidRecords } from './checks/open-data.ts';
import { validateSite } from './checks/validate-html.ts';
import { assertBuilt, readOpenData, readSite } from './dist.ts';

let pages = new Map<string, string>();
let files = new Set<string>();

beforeAll(async () => {
  assertBuilt();
  ({ pages, files } = await readSite());
});

describe('every page', () => {
  // About 5,900 pages (100 MB), on every core (validateSite), one language at a time: each half stays far
  // from its time limit on a loaded 2-core machine where the whole took over two minutes.
  test.each(['kk', 'ru'] as const)(
    'in %s is valid HTML under the strict preset',
    async (lang) => {
      const half = new Map([...pages].filter(([path]) => pathLang(path) === lang));
      expect(half.size).toBeGreaterThan(2000);
      const errors = await validateSite(half);
      expect(errors.slice(0, 30)).toEqual([]);
    },
    300_000,
  );

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
    const records = await readOpenData(file);
    expect(records.length).toBeGreaterThan(0);
    expect(invalidRecords(records, schema).slice(0, 10)).toEqual([]);
  });

  test("every office page shows exactly the open data's phones and e-mails", async () => {
    const offices = await readOpenData<{ id: string; phones: { number: string | null }[]; emails: string[] }>(
      'offices.json',
    );
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
