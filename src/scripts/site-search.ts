/**
 * Search page: Pagefind's JS API with our own Kazakh UI. The query is run twice, as typed (real pages)
 * and folded (alias records: Russian-keyboard spelling, Latin `i`, phone digits), and the results are
 * merged by page. Pagefind loads only when there is something to search.
 */
import { foldQuery } from '../lib/search-fold.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#q');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
const selects = [...document.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
let pagefindPromise: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // A URL built at run time so the bundler leaves the index (written after the build) alone.
  const url = new URL('/pagefind/pagefind.js', location.href).href;
  pagefindPromise ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 24 });
    return pf;
  });
  return pagefindPromise;
}

async function fillFilters(pf: Pagefind): Promise<void> {
  const available = await pf.filters();
  for (const select of selects) {
    const key = select.dataset.filter ?? '';
    if (select.options.length > 1) continue;
    const values = Object.keys(available[key] ?? {}).sort((a, b) => a.localeCompare(b));
    for (const v of values) select.add(new Option(v, v));
  }
}

function chosenFilters(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of selects) if (s.value) out[s.dataset.filter ?? ''] = s.value;
  return out;
}

function render(results: PagefindResultData[], query: string): void {
  if (!list || !status) return;
  list.replaceChildren();
  status.textContent = results.length
    ? `«${query}» бойынша ${results.length} нәтиже`
    : `«${query}» бойынша ештеңе табылмады. Басқаша жазып көріңіз.`;
  for (const r of results) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = r.url;
    a.textContent = r.meta.title ?? r.url;
    const details = document.createElement('p');
    details.className = 'muted';
    details.textContent = [r.meta.kind, r.meta.district ?? r.meta.region, r.meta.phone].filter(Boolean).join(' · ');
    li.append(a, details);
    if (r.meta.alias !== 'true' && r.excerpt) {
      const excerpt = document.createElement('p');
      excerpt.innerHTML = r.excerpt; // Pagefind's excerpt: our own page text with <mark> around hits.
      li.append(excerpt);
    }
    list.append(li);
  }
}

async function run(query: string): Promise<void> {
  const q = query.trim();
  if (!q) return;
  const pf = await loadPagefind();
  await fillFilters(pf);
  const filters = chosenFilters();
  const folded = foldQuery(q);
  const searches = await Promise.all([pf.search(q, { filters }), folded !== q ? pf.search(folded, { filters }) : null]);
  // Best score first; a stable sort keeps the as-typed search (real pages, with excerpts) ahead on ties.
  // Fragments load only until 20 pages are found: `Караганды` matches ~1000 records, and loading every
  // fragment to merge them took ~11 s.
  const ranked = searches.flatMap((s) => s?.results ?? []).sort((a, b) => b.score - a.score);
  const top = new Map<string, PagefindResultData>();
  for (const r of ranked) {
    if (top.size >= 20) break;
    const data = await r.data();
    if (!top.has(data.url)) top.set(data.url, data);
  }
  render([...top.values()], q);
  document.body.dataset.searchDone = q;
}

if (form && input) {
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  for (const s of selects) s.value = new URLSearchParams(location.search).get(s.dataset.filter ?? '') ?? '';
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const params = new URLSearchParams({ q: input.value });
    for (const s of selects) if (s.value) params.set(s.dataset.filter ?? '', s.value);
    history.replaceState(null, '', `?${params}`);
    void run(input.value);
  });
  input.addEventListener('focus', () => void loadPagefind().then(fillFilters), { once: true });
  if (initial) void run(initial);
}
