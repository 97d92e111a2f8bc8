/**
 * `<qyzmet-line-jump data-parts='[[first, last, "/acts/x/d3/"], …]'>` on an act page: an address made when
 * the act was one page (`/acts/x/#L5000`) is sent on to the page of the part that holds the line, at the
 * line. Without the script the page's list of parts, with their lines, leads there by hand.
 */
type LineRange = [number, number, string];

class LineJump extends HTMLElement {
  connectedCallback(): void {
    const line = Number(/^#L(\d+)$/.exec(location.hash)?.[1] ?? Number.NaN);
    if (!Number.isInteger(line)) return;
    const ranges = JSON.parse(this.dataset.parts ?? '[]') as LineRange[];
    const part = ranges.find(([first, last]) => first <= line && line <= last);
    if (part) location.replace(`${part[2]}#L${line}`);
  }
}

customElements.define('qyzmet-line-jump', LineJump);
