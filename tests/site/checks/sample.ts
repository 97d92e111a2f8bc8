/**
 * A deterministic sample of pages spread over page kinds: each kind's pages are ordered by a hash of their
 * path (so the sample is not just the alphabetically first offices), then kinds are taken in turn.
 */

/** `/offices/x/` -> `offices`; embeds by what they embed (`embed/offices`). */
export function pageKind(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'embed' && parts.length > 2) return `embed/${parts[1]}`;
  return parts.length > 1 ? (parts[0] ?? '') : parts[0] ? 'page' : 'home';
}

/** FNV-1a, 32-bit: stable across runs and machines. */
export function hashPath(path: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    h ^= path.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function samplePages(paths: readonly string[], size: number): string[] {
  const byKind = new Map<string, string[]>();
  for (const p of paths) byKind.set(pageKind(p), [...(byKind.get(pageKind(p)) ?? []), p]);
  const queues = [...byKind.keys()]
    .sort()
    .map((k) => (byKind.get(k) ?? []).sort((a, b) => hashPath(a) - hashPath(b) || a.localeCompare(b)));
  const out: string[] = [];
  while (out.length < size && queues.some((q) => q.length)) {
    for (const q of queues) {
      const next = q.shift();
      if (next && out.length < size) out.push(next);
    }
  }
  return out;
}
