/**
 * One service per real service: versions of different acts whose names match (same stems, see
 * service-name-key.ts) or that the reviewed alias table joins are one service with one version per act.
 * Two documents of one act are never one service. Ids never depend on which other files were read: a
 * service of several acts has its id registered (service-ids.ts); any other takes the slug of its oldest
 * version's name, and a clash of slugs is told apart by that version's id, not by reading order.
 */
import { slugify } from '../../../src/lib/slug.ts';
import type { Service, ServiceVersion } from '../../../src/schemas/service.ts';
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic } from '../types.ts';
import type { ActDates } from './merge-offices/index.ts';
import { cutSlug } from './merge-offices/office-ids.ts';
import type { ServiceAliases } from './service-aliases.ts';
import { NO_SERVICE_IDS, SERVICE_IDS_FILE, type ServiceIds } from './service-ids.ts';
import { nameSimilarity, SAME_SERVICE, serviceKey } from './service-name-key.ts';

export { serviceKey } from './service-name-key.ts';

export interface GroupServicesResult {
  services: Service[];
  diagnostics: Diagnostic[];
}

type Version = ServiceVersion;

function sameService(a: Version, b: Version, aliases: ServiceAliases): boolean {
  const reviewed = aliases.decide(a.name, b.name);
  if (reviewed !== null) return reviewed;
  return serviceKey(a.name) === serviceKey(b.name) || nameSimilarity(a.name, b.name) >= SAME_SERVICE;
}

const bySource = (a: Version, b: Version) =>
  (a.sources[0]?.file ?? '').localeCompare(b.sources[0]?.file ?? '') || a.ordinal - b.ordinal;

export function groupServices(
  versions: readonly Version[],
  actDates: ActDates = {},
  aliases: ServiceAliases,
  registry: ServiceIds = NO_SERVICE_IDS,
): GroupServicesResult {
  const diagnostics: Diagnostic[] = [...aliases.diagnostics, ...registry.diagnostics];
  const groups: Version[][] = [];
  for (const v of [...versions].sort(bySource)) {
    const group = groups.find(
      (g) => g.some((w) => sameService(w, v, aliases)) && !g.some((w) => aliases.decide(w.name, v.name) === false),
    );
    if (group?.some((w) => w.act === v.act)) {
      // The acts approve each service once; a second document of the same act matching is a signal.
      diagnostics.push(
        diagnostic(
          'warning',
          'service-match-same-act',
          `${v.id} «${v.name}» matches another document of act ${v.act}; kept apart`,
          v.sources[0] ?? { file: '' },
        ),
      );
      groups.push([v]);
    } else if (group) group.push(v);
    else groups.push([v]);
  }
  for (const e of aliases.entries) {
    const seen = e.names.filter((n) => versions.some((v) => serviceKey(v.name) === serviceKey(n)));
    if (seen.length < e.names.length) {
      diagnostics.push(
        diagnostic(
          'warning',
          'service-alias-unused',
          `alias entry «${e.names[0]}»: ${e.names.length - seen.length} name(s) in no act`,
          { file: 'content/corrections/service-aliases.json' },
        ),
      );
    }
  }
  const newestFirst = (a: Version, b: Version) =>
    (actDates[b.act] ?? '').localeCompare(actDates[a.act] ?? '') || bySource(a, b);
  // Content order, not file order: the oldest act's version, then the act id and the document's place.
  const oldestFirst = (a: Version, b: Version) =>
    (actDates[a.act] ?? '').localeCompare(actDates[b.act] ?? '') || a.act.localeCompare(b.act) || a.ordinal - b.ordinal;
  const named = groups.map((group) => {
    const first = [...group].sort(oldestFirst)[0] as Version;
    return { group, first, registered: registry.idFor(group.map((v) => v.name)) };
  });
  const taken = new Set(named.flatMap((n) => n.registered ?? []));
  const ids = new Map<Version[], string>();
  const claimed = new Set<string>();
  for (const entry of [...named].sort((a, b) => oldestFirst(a.first, b.first))) {
    const { group, first } = entry;
    // Two services matching one registered entry: the registry no longer fits the acts; the later one yields.
    const registered = entry.registered && !claimed.has(entry.registered) ? entry.registered : null;
    if (entry.registered && !registered)
      diagnostics.push(
        diagnostic('warning', 'service-id-taken', `${first.id}: registered id ${entry.registered} is taken`, {
          file: SERVICE_IDS_FILE,
        }),
      );
    if (registered) claimed.add(registered);
    const base = cutSlug(slugify(first.name));
    let id = registered ?? base;
    // The version id (`2008-32-08-14`) is unique and the service's own.
    if (!registered && taken.has(id)) id = `${base}-${first.id}`;
    taken.add(id);
    ids.set(group, id);
  }
  const services = groups.map((group) => {
    const id = ids.get(group) ?? '';
    const sorted = [...group].sort(newestFirst);
    const names = [...new Set(sorted.map((v) => v.name))];
    return { id, name: (sorted[0] as Version).name, versions: sorted, names };
  });
  return { services, diagnostics };
}
