/**
 * The map drawn at build time, before (or instead of) the street map: Kazakhstan's outline, the regions
 * named where they lie, and the offices as labelled points, in one SVG coordinate system. It needs no
 * script and no other host, so it informs offline and on a slow phone; the street map (Leaflet and
 * OpenStreetMap's tiles) loads only when the reader asks for it (src/scripts/office-map.ts).
 *
 * Region borders: no registry package offers Kazakhstan's first-level borders under terms that allow
 * publishing them here (README, "Maps"), so the regions are a labelled schematic: each region's name at
 * its seat. Projection: equirectangular, longitude scaled by cos 48° (the country's middle latitude).
 */

/** User units per degree of latitude. */
const SCALE = 14;
const COS_MID = Math.cos((48 * Math.PI) / 180);
/** The country's box (degrees): west, north; everything is drawn relative to it. */
const WEST = 46;
const NORTH = 56;

/** The whole country's view, in user units. */
export const COUNTRY_VIEW = { x: 0, y: 0, width: Math.round(42 * SCALE * COS_MID), height: 16 * SCALE } as const;

export type ViewBox = { x: number; y: number; width: number; height: number };

const round = (n: number) => Math.round(n * 10) / 10;

export function project(lat: number, lon: number): [number, number] {
  return [round((lon - WEST) * SCALE * COS_MID), round((NORTH - lat) * SCALE)];
}

/** An SVG path of (multi)polygon rings given as [lon, lat] pairs, points closer than a tenth of a unit merged. */
export function ringsPath(rings: readonly (readonly (readonly [number, number])[])[]): string {
  return rings
    .map((ring) => {
      const points: string[] = [];
      for (const [lon, lat] of ring) {
        const [x, y] = project(lat, lon);
        const p = `${x} ${y}`;
        if (points.at(-1) !== p) points.push(p);
      }
      return `M${points.join('L')}Z`;
    })
    .join('');
}

/**
 * The view around `points` (projected), padded, at least `minWidth` wide with the country's proportions:
 * one office shows its region around it, a region its neighbours' names.
 */
export function viewAround(points: readonly (readonly [number, number])[], minWidth = 90): ViewBox {
  if (points.length === 0) return { ...COUNTRY_VIEW };
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const ratio = COUNTRY_VIEW.height / COUNTRY_VIEW.width;
  const width = Math.max(
    minWidth,
    (Math.max(...xs) - Math.min(...xs)) * 1.3,
    ((Math.max(...ys) - Math.min(...ys)) * 1.3) / ratio,
  );
  const height = width * ratio;
  if (width >= COUNTRY_VIEW.width) return { ...COUNTRY_VIEW };
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
  const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  return { x: round(cx - width / 2), y: round(cy - height / 2), width: round(width), height: round(height) };
}

export function inView(view: ViewBox, [x, y]: readonly [number, number]): boolean {
  return x >= view.x && x <= view.x + view.width && y >= view.y && y <= view.y + view.height;
}
