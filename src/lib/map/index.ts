/**
 * Maps: what the Leaflet map (src/scripts/office-map.ts) is given.
 *
 * - `markers.ts`: the markers, one per office or one per region, serialised into the map element.
 * - `tiles.ts`: the one place for map tiles and their attribution.
 *
 * Nothing is exported from this file: import the module you need, so the browser's map script never
 * pulls in build-time code through a shared entry point.
 */
export {};
