/**
 * <qyzmet-map>: the street map, on request. The page first shows a map drawn at build time
 * (OfficeMap.astro); this element offers a button that says the street map loads its tiles from
 * OpenStreetMap, and only when it is pressed are Leaflet, its styles (and markercluster on region maps)
 * loaded and the tiles asked for: no other host sees the reader before they ask. Tiles may fail (no
 * network): Kazakhstan's outline from our own site is drawn first, so markers keep their context.
 */
import leafletCss from 'leaflet/dist/leaflet.css?url';
import clusterCss from 'leaflet.markercluster/dist/MarkerCluster.css?url';
import clusterDefaultCss from 'leaflet.markercluster/dist/MarkerCluster.Default.css?url';
import type { MapMarker } from '../lib/map/markers.ts';
import { safeHref } from '../lib/safe-href.ts';

/** Adds a stylesheet of our own site and waits for it (Leaflet measures its panes on creation). */
function stylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[rel="stylesheet"][href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => resolve();
    document.head.append(link);
  });
}

class QyzmetMap extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('.street-map-button');
    if (!button) return;
    button.hidden = false;
    button.addEventListener(
      'click',
      () => {
        button.hidden = true;
        void this.draw();
      },
      { once: true },
    );
  }

  private async draw(): Promise<void> {
    const canvas = this.querySelector<HTMLElement>('.map-canvas');
    if (!canvas) return;
    canvas.hidden = false;
    const markers = JSON.parse(this.dataset.markers ?? '[]') as MapMarker[];
    const cluster = this.dataset.cluster === 'true';
    await Promise.all([leafletCss, ...(cluster ? [clusterCss, clusterDefaultCss] : [])].map(stylesheet));
    const { default: L } = await import('leaflet');
    const map = L.map(canvas, { scrollWheelZoom: false, keyboard: true });
    map.attributionControl.setPrefix('');
    const tiles = L.tileLayer(this.dataset.tiles ?? '', { attribution: this.dataset.attribution ?? '', maxZoom: 18 });
    // Without tiles a zoomed-in map is a blank box: show the whole country's outline and say why.
    let loaded = false;
    tiles.once('tileload', () => {
      loaded = true;
    });
    tiles.once('tileerror', () => {
      if (loaded) return;
      // No tile ever came: stop asking for the rest.
      map.removeLayer(tiles);
      this.dataset.offline = 'true';
      const note = this.closest('section')?.querySelector<HTMLElement>('.map-offline');
      if (note) note.hidden = false;
      // A district's few points at street zoom would float in an empty box: step back to see the outline.
      // (Region maps cluster their markers and already show a region: zoomed out, clusters crowd each other.)
      if (this.dataset.cluster !== 'true' && map.getZoom() > 5) map.setView(map.getCenter(), 5);
    });
    tiles.addTo(map);
    try {
      const outline = await fetch(this.dataset.outline ?? '').then((r) => r.json());
      L.geoJSON(outline, { style: { color: '#005f73', weight: 1, fillColor: '#ffffff', fillOpacity: 0.6 } }).addTo(map);
    } catch {
      // The outline is decoration: markers and the list alternative carry the information.
    }
    const layer = await this.markerLayer(L);
    for (const m of markers) {
      const marker = m.approximate
        ? L.circleMarker([m.lat, m.lon], {
            radius: 9,
            color: '#8a2d00',
            weight: 2,
            fillOpacity: 0,
            dashArray: '3',
            className: 'office-marker office-marker-approximate',
          })
        : L.circleMarker([m.lat, m.lon], {
            className: 'office-marker',
            radius: 7,
            color: '#005f73',
            weight: 2,
            fillColor: '#005f73',
            fillOpacity: 0.9,
          });
      // Names come from the acts: Leaflet would parse a string as HTML, so it gets nodes with text.
      marker.bindPopup(popupContent(m, this.dataset));
      marker.bindTooltip(textNode(m.name, this.dataset.nameLang));
      // On a map of a few offices, an approximate point says so on the map itself, not only in the list.
      if (m.approximate && markers.length <= 3)
        marker.bindTooltip(textNode(approximateLabel(m, this.dataset)), { permanent: true });
      layer.addLayer(marker);
    }
    map.addLayer(layer);
    const bounds = L.latLngBounds(markers.map((m) => [m.lat, m.lon] as [number, number]));
    if (bounds.isValid()) map.fitBounds(bounds.pad(0.2), { maxZoom: 12 });
    else map.fitBounds(countryBounds);
    this.dataset.ready = String(markers.length);
  }

  private async markerLayer(L: typeof import('leaflet')): Promise<import('leaflet').LayerGroup> {
    if (this.dataset.cluster !== 'true') return L.featureGroup();
    // markercluster extends the global L (it predates ES modules).
    (globalThis as { L?: unknown }).L = L;
    await import('leaflet.markercluster');
    return L.markerClusterGroup({ showCoverageOnHover: false });
  }
}

/** A text node in a span; `lang` marks a Kazakh name on a Russian page. */
function textNode(text: string, lang?: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  if (lang) span.lang = lang;
  return span;
}

/** The map's words come in data attributes, in the page's language (OfficeMap.astro). */
function popupContent(m: MapMarker, words: DOMStringMap): HTMLElement {
  const box = document.createElement('div');
  const link = document.createElement('a');
  link.href = safeHref(m.href) ?? '#';
  link.append(textNode(m.name, words.nameLang));
  if (m.russian) link.append(` (${m.russian})`);
  box.append(link, document.createElement('br'), m.kind);
  if (m.approximate) {
    const note = document.createElement('em');
    note.textContent = words.approximate ?? '';
    box.append(document.createElement('br'), note);
  }
  return box;
}

const countryBounds: [[number, number], [number, number]] = [
  [40.5, 46.4],
  [55.5, 87.4],
];

function approximateLabel(m: MapMarker, words: DOMStringMap): string {
  return (m.precision === 'region' ? words.approximateRegion : words.approximateDistrict) ?? '';
}

if (!customElements.get('qyzmet-map')) customElements.define('qyzmet-map', QyzmetMap);
