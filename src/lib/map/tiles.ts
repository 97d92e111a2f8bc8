/**
 * The one place for map tiles. OpenStreetMap's standard tiles by default, used as its tile usage policy
 * asks: attribution shown, tiles fetched by the user's browser only (never by the build or tests).
 */
import { type Lang, ui } from '../../i18n/index.ts';

export const mapConfig = {
  tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  maxZoom: 18,
  /** Kazakhstan's bounding box, for maps with no markers. */
  bounds: [
    [40.5, 46.4],
    [55.5, 87.4],
  ] as [[number, number], [number, number]],
  outlineUrl: '/geo/kz-outline.json',
} as const;

/** OpenStreetMap's attribution in the page's language («© OpenStreetMap contributors»). */
export function mapAttribution(lang: Lang): string {
  return `&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> ${ui(lang)['map.attribution']}`;
}
