/**
 * Inside an embed: tell the framing page the document's height whenever it changes (first layout, a
 * narrower frame re-wrapping the text, a font arriving). Height is not secret, and the framing origin
 * is unknown in advance (any akimat site), hence `'*'`; the listener checks OUR origin instead.
 */
import { resizeMessage } from '../lib/embed/message.ts';

if (window.parent !== window) {
  const root = document.documentElement;
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage(resizeMessage(height), '*');
  }).observe(root);
}
