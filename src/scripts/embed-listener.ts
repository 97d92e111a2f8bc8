/**
 * On our own /embed/ pages: size the live previews from their `qyzmet:resize` messages, exactly as the
 * pasted listener does on an akimat site (src/lib/embed/iframe.ts), but for same-origin frames.
 */
import { isResizeMessage } from '../lib/embed/message.ts';

window.addEventListener('message', (event) => {
  if (event.origin !== window.location.origin || !isResizeMessage(event.data)) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-qyzmet-embed]')) {
    if (frame.contentWindow === event.source) frame.height = String(event.data.height);
  }
});
