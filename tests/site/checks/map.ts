/**
 * What a <qyzmet-map> drew, read from the DOM after it reports `data-ready`: the office markers Leaflet
 * drew (circle paths with the `office-marker` class, see src/scripts/office-map.ts) plus the counts on
 * the cluster icons, and the links of the list alternative next to it.
 */
import type { Page } from 'playwright-core';

export interface MapState {
  /** `data-ready`: markers the element says it drew. */
  ready: number;
  /** Office pages in the element's `data-markers`. */
  markerHrefs: string[];
  /** Single markers drawn plus the offices counted on cluster icons. */
  drawn: number;
  clusters: number;
  /** Office pages in the "instead of the map" list. */
  listHrefs: string[];
}

/** Asks for the street map as a reader does (its button; nothing loads before) and waits until it has drawn. */
export async function waitForMap(page: Page, timeout = 30_000): Promise<void> {
  await page.locator('qyzmet-map .street-map-button').first().click();
  await page.waitForSelector('qyzmet-map[data-ready]', { state: 'attached', timeout });
}

/** What the first map on the page shows now (cluster icons settle after the fitBounds zoom: poll it). */
export async function readMap(page: Page): Promise<MapState> {
  return page.evaluate(() => {
    const el = document.querySelector('qyzmet-map') as HTMLElement;
    const section = el.closest('section') ?? document;
    const clusters = [...el.querySelectorAll('.marker-cluster')].map((c) => Number(c.textContent?.trim()));
    return {
      ready: Number(el.dataset.ready),
      markerHrefs: (JSON.parse(el.dataset.markers ?? '[]') as { href: string }[]).map((m) => m.href),
      drawn: el.querySelectorAll('path.office-marker').length + clusters.reduce((a, b) => a + b, 0),
      clusters: clusters.length,
      listHrefs: [...section.querySelectorAll('.map-list a')].map((a) => a.getAttribute('href') ?? ''),
    };
  });
}

/** Null when the map and its list show exactly the expected offices, else what differs. */
export function mapProblem(state: MapState, expected: readonly string[]): string | null {
  const sorted = (xs: readonly string[]) => [...xs].sort().join(' ');
  const want = sorted(expected);
  if (sorted(state.markerHrefs) !== want) return `markers ${sorted(state.markerHrefs)} != ${want}`;
  if (sorted(state.listHrefs) !== want) return `list ${sorted(state.listHrefs)} != ${want}`;
  if (state.ready !== expected.length) return `data-ready ${state.ready} != ${expected.length}`;
  if (state.drawn !== expected.length)
    return `drew ${state.drawn} markers (clusters included), want ${expected.length}`;
  return null;
}
