import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { embedHeight } from '../../../src/lib/embed/height.ts';
import { defaultEmbedHeight, iframeCode, resizerSource } from '../../../src/lib/embed/iframe.ts';
import { isResizeMessage, resizeMessage } from '../../../src/lib/embed/message.ts';

const origin = 'https://qyzmet.kz';
const code = iframeCode({
  src: 'https://qyzmet.kz/embed/offices/2012-349-7-a3-r1/',
  title: 'Ақсу аудандық филиалы РММ "Алматы облысының халыққа қызмет көрсету орталығы" — qyzmet',
  origin,
});

describe('the iframe code', () => {
  test('frames the embed page at the default height with an escaped title, sandboxed, and no style attribute', () => {
    const frame = code.split('\n')[0];
    expect(frame).toBe(
      '<iframe src="https://qyzmet.kz/embed/offices/2012-349-7-a3-r1/" title="Ақсу аудандық филиалы РММ &quot;Алматы облысының халыққа қызмет көрсету орталығы&quot; — qyzmet" height="400" loading="lazy" sandbox="allow-scripts allow-same-origin allow-top-navigation-by-user-activation" data-qyzmet-embed></iframe>',
    );
    expect(defaultEmbedHeight).toBe(400);
  });

  test('loads the resizer as a file from our site: no inline script for a strict CSP to block', () => {
    expect(code.split('\n')[1]).toBe('<script src="https://qyzmet.kz/embed/resize.js" async></script>');
    expect(code).not.toMatch(/<script>|style=/);
  });
});

/** Runs the pasted listener in a bare sandbox (no DOM library): a window, two frames and their windows. */
function runListener() {
  const handlers: ((e: { origin: string; source: unknown; data: unknown }) => void)[] = [];
  const frames = [
    { contentWindow: { name: 'first' }, height: '400', style: {} },
    { contentWindow: { name: 'second' }, height: '400', style: {} },
  ];
  const window: Record<string, unknown> = {
    addEventListener: (type: string, fn: (typeof handlers)[number]) => type === 'message' && handlers.push(fn),
  };
  const document = {
    currentScript: { src: `${origin}/embed/resize.js` },
    readyState: 'complete',
    createElement: () => ({
      set href(url: string) {
        const u = new URL(url);
        Object.assign(this, { protocol: u.protocol, host: u.host });
      },
    }),
    querySelectorAll: (selector: string) => (selector === 'iframe[data-qyzmet-embed]' ? frames : []),
  };
  const script = resizerSource();
  // Pasted twice on one page (two embeds): the listener must install once.
  runInNewContext(script, { window, document, String, Math });
  runInNewContext(script, { window, document, String, Math });
  const send = (from: string, source: unknown, data: unknown) => {
    for (const h of handlers) h({ origin: from, source, data });
  };
  return { frames, handlers, send };
}

describe('the pasted listener', () => {
  test('installs once however many embeds are pasted on the page', () => {
    expect(runListener().handlers).toHaveLength(1);
  });

  test('sets the height of the frame the message came from, and of no other', () => {
    const { frames, send } = runListener();
    send(origin, frames[1]?.contentWindow, { type: 'qyzmet:resize', height: 612.4 });
    expect(frames.map((f) => f.height)).toEqual(['400', '613']);
  });

  test.each([
    { why: 'another origin', from: 'https://evil.example', data: { type: 'qyzmet:resize', height: 900 } },
    {
      why: 'a look-alike origin',
      from: 'https://qyzmet.kz.evil.example',
      data: { type: 'qyzmet:resize', height: 900 },
    },
    { why: 'another message type', from: origin, data: { type: 'resize', height: 900 } },
    { why: 'a height given as a string', from: origin, data: { type: 'qyzmet:resize', height: '900' } },
    { why: 'a negative height', from: origin, data: { type: 'qyzmet:resize', height: -5 } },
    { why: 'an absurd height', from: origin, data: { type: 'qyzmet:resize', height: 1e7 } },
    { why: 'no data', from: origin, data: null },
  ])('ignores $why', ({ from, data }) => {
    const { frames, send } = runListener();
    send(from, frames[0]?.contentWindow, data);
    expect(frames.map((f) => f.height)).toEqual(['400', '400']);
  });
});

describe('the resize message', () => {
  test('rounds the height up to a whole pixel', () => {
    expect(resizeMessage(612.1)).toEqual({ type: 'qyzmet:resize', height: 613 });
  });

  test.each([
    { data: { type: 'qyzmet:resize', height: 613 }, ok: true },
    { data: { type: 'qyzmet:resize', height: 0 }, ok: false },
    { data: { type: 'qyzmet:resize', height: 20_001 }, ok: false },
    { data: { type: 'qyzmet:resize', height: '613' }, ok: false },
    { data: { type: 'other', height: 613 }, ok: false },
    { data: 'qyzmet:resize', ok: false },
    { data: null, ok: false },
  ])('accepts $data: $ok', ({ data, ok }) => {
    expect(isResizeMessage(data)).toBe(ok);
  });
});

describe('the height measured at build time', () => {
  const item = (i: number) =>
    `<li><a href="https://qyzmet.kz/offices/${i}/">Ақсу аудандық филиалы РММ ${i}</a><br>Ақсу ауданы, Жансүгіров кенті, Қабанбай батыр көш., 20 үй<br>Телефон: 8 (72832) 2 12 16</li>`;
  const list = (n: number) =>
    `<section lang="kk">\n<h2>Ақсу ауданы: мекемелер</h2>\n<ul>\n${Array.from({ length: n }, (_, i) => item(i)).join('\n')}\n</ul>\n</section>`;

  test('grows with the list, at least three text lines per office of three lines', () => {
    const short = embedHeight(list(2));
    const long = embedHeight(list(20));
    expect(long).toBeGreaterThan(short);
    // 18 more offices, each a name, an address of 54 characters (two lines at least) and a phone.
    expect(long - short).toBeGreaterThanOrEqual(18 * 4 * 23);
  });

  test('stays under the largest height the resizer accepts', () => {
    expect(embedHeight(list(5000))).toBeLessThanOrEqual(20_000);
  });

  test('is what the pasted code carries', () => {
    const html = list(10);
    expect(iframeCode({ src: 'https://qyzmet.kz/embed/x/', title: 't', origin, height: embedHeight(html) })).toContain(
      `height="${embedHeight(html)}"`,
    );
  });
});
