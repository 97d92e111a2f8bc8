/**
 * The `<iframe>` code an akimat site pastes: the frame plus a small listener that sets the frame's height
 * from the embed's `qyzmet:resize` message. The listener is ES5 without dependencies (CMS pages run old
 * browsers and old jQuery), accepts messages from our origin only, matches the frame by its window so
 * several embeds on one page each get their own height, and installs itself once however often pasted.
 */
import { escapeHtml as esc } from './embed-html.ts';
import { maxEmbedHeight, resizeType } from './embed-message.ts';

/** Height before the first message arrives (and for good if the CMS strips the script). */
export const defaultEmbedHeight = 400;

export interface IframeCodeInput {
  /** Absolute URL of the embed page. */
  src: string;
  /** Accessible name of the frame. */
  title: string;
  /** Our site's origin, the only one whose messages the listener accepts (`https://qyzmet.kz`). */
  origin: string;
  height?: number;
}

export function listenerScript(origin: string): string {
  return [
    '<script>',
    'if (!window.qyzmetEmbeds) {',
    '  window.qyzmetEmbeds = true;',
    '  window.addEventListener("message", function (e) {',
    '    var d = e.data;',
    `    if (e.origin !== ${JSON.stringify(origin)} || !d || d.type !== ${JSON.stringify(resizeType)}) return;`,
    `    if (typeof d.height !== "number" || !(d.height > 0 && d.height <= ${maxEmbedHeight})) return;`,
    '    var frames = document.querySelectorAll("iframe[data-qyzmet-embed]");',
    '    for (var i = 0; i < frames.length; i++) {',
    '      if (frames[i].contentWindow === e.source) frames[i].height = String(Math.ceil(d.height));',
    '    }',
    '  });',
    '}',
    '</script>',
  ].join('\n');
}

export function iframeCode(input: IframeCodeInput): string {
  const height = input.height ?? defaultEmbedHeight;
  const frame =
    `<iframe src="${esc(input.src)}" title="${esc(input.title)}" height="${height}" loading="lazy"` +
    ` data-qyzmet-embed style="width:100%;border:0"></iframe>`;
  return `${frame}\n${listenerScript(input.origin)}`;
}
