/**
 * Issue 18, "contacts a citizen can use": every e-mail and website the built site links passes the look-alike
 * check (no digit 1 or capital I for l, no 0 for o, no Cyrillic inside a Latin address). A look-alike is linked
 * only through a reviewed correction (which links the corrected address), else shown unlinked with the reason.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { lookalikeProblem } from '../../scripts/ingest/resolve/contact-lookalikes.ts';
import { decodeEntities } from './checks/lang-segments.ts';
import { listPages, readDist, readOpenData } from './dist.ts';

let links: Map<string, string>;

beforeAll(async () => {
  links = new Map();
  for (const p of await listPages()) {
    const html = await readDist(`${p}index.html`);
    for (const m of html.matchAll(/href="(mailto:[^"]+|https?:\/\/[^"]+)"/gu)) {
      const href = decodeEntities(m[1] ?? '');
      if (!links.has(href)) links.set(href, p);
    }
  }
});

/** The address a link points at: the e-mail, or the website's host and path. */
const address = (href: string) =>
  href.startsWith('mailto:') ? decodeURIComponent(href.slice('mailto:'.length)) : href.replace(/^https?:\/\//u, '');

/** Our own links and the map's tiles are not contacts. */
const isContact = (href: string) => !/^https?:\/\/(qyzmet\.kz|[a-z.]*openstreetmap\.org)\b/u.test(href);

describe('linked contacts', () => {
  test('every linked e-mail and website passes the look-alike check', () => {
    const contacts = [...links.keys()].filter(isContact);
    expect(contacts.filter((h) => h.startsWith('mailto:')).length).toBeGreaterThan(100);
    const faults = contacts.flatMap((h) => {
      const problem = lookalikeProblem(address(h));
      return problem ? [`${links.get(h)}: ${h}: ${problem}`] : [];
    });
    expect(faults).toEqual([]);
  });

  test("the issue's look-alikes are not linked as written", async () => {
    // 002 line 1033 (digit 1 for l), 001 line 5297 (capital I for l): read from the data, as written.
    const offices = await readOpenData<{ unlinkedContacts?: { raw: string }[]; emails: string[]; websites: string[] }>(
      'offices.json',
    );
    const unlinked = offices.flatMap((o) => (o.unlinkedContacts ?? []).map((c) => c.raw));
    const written = [...unlinked, ...offices.flatMap((o) => [...o.emails, ...o.websites])];
    const suspects = written.filter((w) => lookalikeProblem(w) !== null);
    expect(suspects.length).toBeGreaterThan(0);
    for (const raw of suspects) {
      expect(links.has(`mailto:${raw}`), raw).toBe(false);
      expect(
        [...links.keys()].some((h) => h.endsWith(`//${raw}`) || h.endsWith(`//${raw}/`)),
        raw,
      ).toBe(false);
    }
  });
});
