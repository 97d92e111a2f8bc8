/**
 * Bytes to text for one source. The acts are UTF-8; a file that is not is reported with the encoding it
 * looks like, so a person knows what to convert from: every source re-saved as Windows-1251 once decoded
 * to replacement characters and built an empty site with exit 0. A UTF-8 byte-order mark is dropped (it
 * is an encoding marker, not text).
 */
import type { SourceDecoding } from '../types.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Which legacy encoding the bytes read as, told by what the decoded letters are; null when unsure. */
export function guessEncoding(bytes: Uint8Array): string | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'UTF-16';
  const zeros = bytes.subarray(0, 4000).filter((b) => b === 0).length;
  if (zeros > 400) return 'UTF-16';
  for (const encoding of ['windows-1251', 'koi8-r'] as const) {
    const text = new TextDecoder(encoding).decode(bytes);
    // Random bytes read as Cyrillic too, but with control codes among them; text has none.
    const controls = [...text].filter((c) => c < ' ' && c !== '\t' && c !== '\n' && c !== '\r').length;
    if (controls > text.length / 1000) continue;
    const letters = text.match(/\p{L}/gu) ?? [];
    const cyrillic = letters.filter((c) => /\p{Script=Cyrillic}/u.test(c));
    // KOI8-R text read as Windows-1251 is Cyrillic too, but mostly capitals: require lower case to dominate.
    const lower = cyrillic.filter((c) => c === c.toLowerCase()).length;
    if (letters.length > 50 && cyrillic.length / letters.length > 0.6 && lower / cyrillic.length > 0.6) return encoding;
  }
  return null;
}

/** The source text, and what went wrong decoding it (the first bad byte's line), if anything. */
export function decodeSource(
  file: string,
  bytes: Uint8Array,
): { file: string; text: string; decoding?: SourceDecoding } {
  try {
    return { file, text: utf8.decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const firstBad = text.indexOf('\ufffd');
    const bad = text.match(/\ufffd/g)?.length ?? 0;
    return {
      file,
      text,
      decoding: {
        firstBadLine: text.slice(0, Math.max(firstBad, 0)).split('\n').length,
        undecodable: bad,
        // A UTF-8 file with a damaged stretch reads as Cyrillic in Windows-1251 too: guess only when most is bad.
        looksLike: bad > text.length / 50 ? guessEncoding(bytes) : null,
      },
    };
  }
}
