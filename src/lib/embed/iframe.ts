/**
 * The `<iframe>` code an akimat site pastes: the frame plus a small resizer that sets the frame's height
 * from the embed's `qyzmet:resize` message. The resizer is a file served from this site
 * (`/embed/resize.js`), never inline: a host whose CSP allows no inline script or style (`script-src
 * https://qyzmet.kz`, no `'unsafe-inline'`) runs it, and without it the frame keeps the height measured from its
 * content (height.ts), so the whole card or list shows. The resizer is ES5 without dependencies (CMS pages run old
 * browsers), accepts messages from the origin it was loaded from only, matches the frame by its window so
 * several embeds on one page each get their own height, and installs itself once however often pasted.
 */
import { escapeHtml as esc } from './html.ts';
import { maxEmbedHeight, resizeType } from './message.ts';

/** Height when none is measured (src/lib/embed/height.ts measures one from the content for each embed). */
export const defaultEmbedHeight = 400;

/** Where the resizer is served, on this site. */
export const resizerPath = '/embed/resize.js';

export interface IframeCodeInput {
  /** Absolute URL of the embed page. */
  src: string;
  /** Accessible name of the frame. */
  title: string;
  /** Our site's origin (`https://qyzmet.kz`): the resizer is loaded from it and trusts only it. */
  origin: string;
  /** Height the frame starts at, and keeps where the host's CSP blocks the resizer: the content's (height.ts). */
  height?: number;
}

/**
 * The resizer's source. Its origin is read from its own `src` (an `<a>` parses it in old browsers too).
 * Width and border are set through the DOM, which a CSP allows, not with a `style` attribute, which it
 * would block.
 */
export function resizerSource(): string {
  return [
    '(function () {',
    '  if (window.qyzmetEmbeds) return;',
    '  var me = document.currentScript;',
    '  if (!me || !me.src) return;',
    '  window.qyzmetEmbeds = true;',
    '  var a = document.createElement("a");',
    '  a.href = me.src;',
    '  var origin = a.protocol + "//" + a.host;',
    '  function frames() { return document.querySelectorAll("iframe[data-qyzmet-embed]"); }',
    '  function fit() {',
    '    var f = frames();',
    '    for (var i = 0; i < f.length; i++) { f[i].style.width = "100%"; f[i].style.border = "0"; }',
    '  }',
    '  fit();',
    '  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fit);',
    '  window.addEventListener("message", function (e) {',
    '    var d = e.data;',
    `    if (e.origin !== origin || !d || d.type !== ${JSON.stringify(resizeType)}) return;`,
    `    if (typeof d.height !== "number" || !(d.height > 0 && d.height <= ${maxEmbedHeight})) return;`,
    '    var f = frames();',
    '    for (var i = 0; i < f.length; i++) {',
    '      if (f[i].contentWindow === e.source) f[i].height = String(Math.ceil(d.height));',
    '    }',
    '  });',
    '})();',
    '',
  ].join('\n');
}

/**
 * The least the framed page needs (issue 19): its own script, to tell the host its height
 * (`allow-scripts`); its own origin, so the message comes from `https://qyzmet.kz` and not from an opaque
 * origin the resizer would refuse (`allow-same-origin`: safe here, the frame is never on the host's origin);
 * and its links to the full page, which leave the frame when clicked (`allow-top-navigation-by-user-activation`).
 * No forms, no pop-ups, no downloads, no navigation of the host without a click.
 */
export const embedSandbox = 'allow-scripts allow-same-origin allow-top-navigation-by-user-activation';

export function iframeCode(input: IframeCodeInput): string {
  const height = input.height ?? defaultEmbedHeight;
  const frame =
    `<iframe src="${esc(input.src)}" title="${esc(input.title)}" height="${height}" loading="lazy"` +
    ` sandbox="${embedSandbox}" data-qyzmet-embed></iframe>`;
  return `${frame}\n<script src="${esc(`${input.origin}${resizerPath}`)}" async></script>`;
}
