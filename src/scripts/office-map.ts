/**
 * <qyzmet-map>: a Leaflet map configured by data attributes. Leaflet (and markercluster on region maps)
 * is imported only when the element scrolls into view, and only on pages that have a map. Tiles may fail
 * (no network): Kazakhstan's outline from our own site is drawn first, so markers keep their context.
 */
import type { MapMarker } from '../lib/map-markers.ts';
import { safeHref } from '../lib/safe-href.ts';

class QyzmetMap extends HTMLElement {
  connectedCallback(): void {
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        void this.draw();
      }
    });
    observer.observe(this);
  }

  private async draw(): Promise<void> {
    const canvas = this.querySelector<HTMLElement>('.map-canvas');
    if (!canvas) return;
    const markers = JSON.parse(this.dataset.markers ?? '[]') as MapMarker[];
    const { default: L } = await import('leaflet');
    const map = L.map(canvas, { scrollWheelZoom: false, keyboard: true });
    map.attributionControl.setPrefix('');
    L.tileLayer(this.dataset.tiles ?? '', { attribution: this.dataset.attribution ?? '', maxZoom: 18 }).addTo(map);
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
      marker.bindPopup(popupContent(m));
      marker.bindTooltip(textNode(m.name));
      layer.addLayer(marker);
    }
    map.addLayer(layer);
    const bounds = L.latLngBounds(markers.map((m) => [m.lat, m.lon] as [number, number]));
    if (bounds.isValid()) map.fitBounds(bounds.pad(0.2), { maxZoom: 12 });
    else
      map.fitBounds([
        [40.5, 46.4],
        [55.5, 87.4],
      ]);
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

function textNode(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}

function popupContent(m: MapMarker): HTMLElement {
  const box = document.createElement('div');
  const link = document.createElement('a');
  link.href = safeHref(m.href) ?? '#';
  link.textContent = m.name;
  box.append(link, document.createElement('br'), m.kind);
  if (m.approximate) {
    const note = document.createElement('em');
    note.textContent = 'Орны шамамен';
    box.append(document.createElement('br'), note);
  }
  return box;
}

if (!customElements.get('qyzmet-map')) customElements.define('qyzmet-map', QyzmetMap);
