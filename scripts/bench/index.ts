/**
 * `npm run bench`: prints figures, asserts nothing (speed and size targets live here, never in tests).
 * Sections: ingest time; build time vs a bare Astro floor; page weights; search index; Lighthouse;
 * growth on a ten-times corpus. `npm run bench -- ingest` runs one section.
 */
import { benchIngest } from './ingest-bench.ts';
import { benchPageWeight } from './page-weight-bench.ts';

const sections: Record<string, () => Promise<string[]>> = {
  ingest: () => benchIngest(),
  weight: () => benchPageWeight(),
};

const wanted = process.argv.slice(2).filter((a) => a in sections);
for (const name of wanted.length ? wanted : Object.keys(sections)) {
  const lines = await sections[name]?.();
  for (const line of lines ?? []) console.log(line);
}
