/**
 * A website that lost its first letters at a line break still looks like a host: 001 line 5924 writes
 * `anfilov.kz` where the rows around it write `panfilov.kz`. Such a host, the tail of another host the
 * acts write (cut inside a label, not at a dot), is not linked: it moves to `unlinkedContacts` with the
 * longer host named in the reason. Pure.
 */
import type { Office } from '../../../src/schemas/office.ts';
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic } from '../types.ts';

const hostOf = (site: string) => site.split('/')[0] ?? site;

/** The longer host `site` is a cut-off tail of, if any (`anfilov.kz` of `panfilov.kz`, not `kz` of `akmol.kz`). */
function wholeOf(site: string, hosts: ReadonlySet<string>): string | null {
  const host = hostOf(site);
  for (const other of hosts) {
    const head = other.slice(0, other.length - host.length);
    if (other.length > host.length && other.endsWith(host) && /[a-z0-9-]$/u.test(head)) return other;
  }
  return null;
}

export function unlinkCutWebsites(offices: readonly Office[]): { offices: Office[]; diagnostics: Diagnostic[] } {
  const hosts = new Set(offices.flatMap((o) => o.websites.map(hostOf)));
  const diagnostics: Diagnostic[] = [];
  const out = offices.map((office) => {
    const cut = office.websites.map((w) => ({ w, whole: wholeOf(w, hosts) })).filter((x) => x.whole !== null);
    if (cut.length === 0) return office;
    const at = office.sources[0] ?? { file: 'unknown', line: null };
    for (const { w, whole } of cut) {
      diagnostics.push(diagnostic('warning', 'website-cut', `«${w}» looks cut short: other rows write «${whole}»`, at));
    }
    return {
      ...office,
      websites: office.websites.filter((w) => !cut.some((c) => c.w === w)),
      unlinkedContacts: [
        ...(office.unlinkedContacts ?? []),
        ...cut.map(({ w, whole }) => ({
          kind: 'website' as const,
          raw: w,
          reason: `looks cut short at a line break: other rows write «${whole}»`,
        })),
      ],
    };
  });
  return { offices: out, diagnostics };
}
