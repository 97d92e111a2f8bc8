import { slugify } from '../../../src/lib/slug.ts';
import type { Service, ServiceVersion } from '../../../src/schemas/service.ts';

/**
 * One service per distinct service name; the same service approved by several acts becomes one
 * service with several versions. Names are compared after light normalisation.
 */
export function serviceKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[«»"“”„]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function groupServices(versions: readonly ServiceVersion[]): Service[] {
  const byKey = new Map<string, ServiceVersion[]>();
  for (const v of versions) {
    const key = serviceKey(v.name);
    byKey.set(key, [...(byKey.get(key) ?? []), v]);
  }
  return [...byKey.values()].map((vs) => {
    const newest = [...vs].sort((a, b) => b.act.localeCompare(a.act))[0] ?? vs[0];
    const name = newest?.name ?? '';
    return { id: slugify(name).slice(0, 80).replace(/-+$/, ''), name, versions: vs };
  });
}
