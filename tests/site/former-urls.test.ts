/**
 * One district hierarchy in the built site: a district the acts spell two ways is one page, and the
 * page its other spelling once had sends the reader on (meta refresh, canonical, a visible link).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Place } from '../../src/schemas/place.ts';
import { startTags } from './checks/html-tags.ts';
import { SITE } from './checks/page-invariants.ts';
import { assertBuilt, distDir, readDist, readOpenData } from './dist.ts';

let moved: Place[];

beforeAll(async () => {
  assertBuilt();
  moved = (await readOpenData<Place>('places.json')).filter((p) => (p.formerIds ?? []).length > 0);
});

describe('spelling variants of a district', () => {
  test('the six twins of the acts are in places.json with their former ids', () => {
    expect(moved).toHaveLength(6);
  });

  test('every former district address redirects to the one page, which lists offices of both spellings', async () => {
    for (const place of moved) {
      expect(existsSync(join(distDir, 'districts', place.id, 'index.html'))).toBe(true);
      for (const former of place.formerIds ?? []) {
        const html = await readDist(`districts/${former}/index.html`);
        const target = `/districts/${place.id}/`;
        const refresh = startTags(html, 'meta').find((m) => m['http-equiv'] === 'refresh');
        expect(refresh?.content).toBe(`0; url=${target}`);
        expect(startTags(html, 'link').find((l) => l.rel === 'canonical')?.href).toBe(`${SITE}${target}`);
        expect(html).toContain(`<a href="${target}">${place.name}</a>`);
        expect(html).toMatch(/<meta name="robots" content="noindex"/);
      }
    }
  });

  test('the region page links the district once, under its place id', async () => {
    for (const place of moved) {
      const html = await readDist(`regions/${place.parent}/index.html`);
      const links = startTags(html, 'a').filter((a) => a.href?.startsWith('/districts/'));
      expect(links.filter((a) => a.href === `/districts/${place.id}/`)).toHaveLength(1);
      for (const former of place.formerIds ?? [])
        expect(links.some((a) => a.href === `/districts/${former}/`)).toBe(false);
    }
  });

  test('a former service x district address redirects to the service page of the merged district', async () => {
    const place = moved.find((p) => p.name === 'Балхаш ауданы') as Place;
    const former = place.formerIds?.[0];
    const service = 'zhumyssyz-azamattarga-anyktama-beru';
    const html = await readDist(`services/${service}/${former}/index.html`);
    expect(html).toContain(`url=/services/${service}/${place.id}/`);
    expect(existsSync(join(distDir, 'services', service, place.id, 'index.html'))).toBe(true);
  });
});
