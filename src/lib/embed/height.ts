/**
 * The height an `<iframe>` is pasted with, measured at build time from the embed's own content, so a host
 * whose CSP blocks our resizer (`script-src 'self'`: the resizer comes from our origin) still shows the
 * whole list, not its first 400 px. The resizer, where it runs, then fits the frame to the exact height.
 *
 * The content is read from the plain-HTML snippet, which holds the same blocks as the framed page (status,
 * heading, facts or office list, footer). Each block's text is laid out at the narrowest frame a phone
 * gives (320 px: 288 px of text) with a character width on the wide side of common sans fonts, so the
 * figure errs tall: a little blank space at the foot on a wide page, never a cut list.
 */
import { maxEmbedHeight } from './message.ts';

/** Characters per line in 288 px of 16 px text, counted low (wide fonts, long Kazakh words that wrap early). */
const CHARS_PER_LINE = 28;
/** Line heights of the embed's styles (src/layouts/EmbedLayout.astro): body 16 px x 1.45, headings larger. */
const TEXT_LINE = 23.2;
const HEADING_LINE = 27;
/** Margins between blocks, the body's padding and the footer's rule, rounded up. */
const BLOCK_GAP = 10;
const FRAME_PADDING = 48;

function blocks(html: string): { text: string; heading: boolean }[] {
  const out: { text: string; heading: boolean }[] = [];
  // Every block element starts a new block; inline markup (links, <br>, spans) stays within it.
  for (const part of html.split(/<(?=(?:h[1-6]|p|li|ul|section)[\s>])/)) {
    const heading = /^h[1-6]/.test(part);
    const text = part
      .replace(/^[a-z0-9]+[^>]*>/, '')
      .replace(/<br\s*\/?>/g, '\n')
      .replace(/<[^>]*>/g, '')
      .replace(/&[a-z#0-9]+;/g, ' ');
    for (const line of text.split('\n')) if (line.trim()) out.push({ text: line.trim(), heading });
  }
  return out;
}

/** The frame height, in CSS pixels, that shows the whole snippet's content on a phone-wide frame. */
export function embedHeight(snippetHtml: string): number {
  let height = FRAME_PADDING;
  for (const b of blocks(snippetHtml)) {
    const lines = Math.ceil(b.text.length / (b.heading ? CHARS_PER_LINE * 0.8 : CHARS_PER_LINE));
    height += lines * (b.heading ? HEADING_LINE : TEXT_LINE) + BLOCK_GAP;
  }
  return Math.min(Math.ceil(height), maxEmbedHeight);
}
