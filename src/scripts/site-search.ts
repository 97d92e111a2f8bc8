/**
 * Search page: Pagefind's JS API with our own UI, in the page's language. The query is run two ways at
 * once, as typed (real pages) and folded (alias records: Russian-keyboard spelling, Latin `i`, phone
 * digits), and when neither finds anything, without its Kazakh or Russian endings (`Қарағандыда`,
 * `Бурабайского района`); the results are merged by score and then by page.
 *
 * It answers at once: a search starts while typing (debounced) as well as on Enter, a newer search cancels
 * the older one, the fragments of a page of results load in parallel and each result shows as soon as it
 * and the ones above it have arrived; "show more" loads the next page. UI strings come from the form's data
 * attributes (the page's dictionary), never from this script.
 */
import type { PluralTemplates } from '../lib/plural-templates.ts';
import { foldQuery, stemQueries } from '../lib/search/fold.ts';
import { loadAnswerTerms, showAnswers, showNearest, showSituations } from './search-answers.ts';

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
  init: () => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}

interface PagefindModule {
  createInstance: (o: { noWorker?: boolean }) => Pagefind;
}

/** The few UI strings the script shows, from the form's `data-ui` (see the search page). */
interface SearchUi {
  /** Status when results are shown: `{q}` the query, `{n}` how many; one template per plural category. */
  shown: PluralTemplates;
  none: string;
  more: string;
  /** The mark after a name the site translated (`перевод сайта, …`); empty on the Kazakh page. */
  siteTranslation: string;
}

const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 180;

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#q');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
const moreButton = document.querySelector<HTMLButtonElement>('#search-more');
const selects = [...document.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
const pageLang = document.documentElement.lang || 'kk';
/** `/ru` on the Russian page: results link the Russian twin of the (Kazakh) indexed page. */
const linkPrefix = form?.dataset.linkPrefix ?? '';
/** The language of the data (names, excerpts) when the page is in another one. */
const dataLang = form?.dataset.dataLang ?? '';
const ui: SearchUi = JSON.parse(form?.dataset.ui ?? '{}') as SearchUi;
const plural = new Intl.PluralRules(pageLang);

let pagefindPromise: Promise<Pagefind> | undefined;
/** Bumped by every new search: an older one still running sees it and stops. */
let generation = 0;
/** The search whose results are on screen, for "show more". */
let current: {
  query: string;
  ranked: PagefindResult[];
  next: number;
  seen: Set<string>;
  shown: number;
  /** Answers above the results (search-answers.ts), counted in the status. */
  answers: number;
} | null = null;

function loadPagefind(): Promise<Pagefind> {
  // A URL built at run time so the bundler leaves the index (written after the build) alone.
  const url = new URL('/pagefind/pagefind.js', location.href).href;
  pagefindPromise ??= import(/* @vite-ignore */ url).then(async (module: PagefindModule) => {
    // No worker: fetching its script is one more round trip before the first query, and searching an
    // index this size on the main thread takes milliseconds.
    const pf = module.createInstance({ noWorker: true });
    await pf.options({ excerptLength: 24 });
    await pf.init();
    return pf;
  });
  return pagefindPromise;
}

/**
 * The option a link's filter value chooses: by id, or by the Kazakh label the index held before it held
 * ids (a search link saved then). Unknown values choose nothing.
 */
function optionFor(select: HTMLSelectElement, value: string): string {
  const option = [...select.options].find((o) => o.value === value || (value && o.dataset.former === value));
  return option?.value ?? '';
}

function chosenFilters(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of selects) if (s.value) out[s.dataset.filter ?? ''] = s.value;
  return out;
}

function fill(template: string, query: string, n: number): string {
  return template.replace('{q}', query).replace('{n}', String(n));
}

/** Text in the data's language: on the Russian page, names, places and excerpts are Kazakh (`lang="kk"`). */
function dataElement<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (dataLang) element.lang = dataLang;
  return element;
}

function resultItem(r: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const a = dataElement('a');
  a.href = `${linkPrefix}${r.url}`;
  a.textContent = r.meta.title ?? r.url;
  // The Russian page puts the reviewed Russian name beside the name as written, marked when it is the site's.
  const russianTitle = dataLang && r.meta.titleru ? document.createElement('span') : null;
  if (russianTitle) {
    russianTitle.className = 'name-ru';
    const mark = r.meta.titlerusite === 'true' ? `, ${ui.siteTranslation}` : '';
    russianTitle.textContent = ` (${r.meta.titleru}${mark})`;
  }
  const details = document.createElement('p');
  details.className = 'muted';
  // The Russian page says an office's kind by its reviewed Russian name; everything else is data.
  const kind = dataLang && r.meta.kindru ? r.meta.kindru : null;
  const rest = dataElement('span');
  rest.textContent = [kind ? null : r.meta.kind, r.meta.district ?? r.meta.region, r.meta.phone]
    .filter(Boolean)
    .join(' · ');
  details.append(...(kind ? [kind, rest.textContent ? ' · ' : ''] : []), rest);
  li.append(...(russianTitle ? [a, russianTitle] : [a]), details);
  if (r.meta.alias !== 'true' && r.excerpt) {
    const excerpt = dataElement('p');
    excerpt.innerHTML = r.excerpt; // Pagefind's excerpt: our own page text with <mark> around hits.
    li.append(excerpt);
  }
  return li;
}

function showStatus(query: string, shown: number): void {
  if (!status) return;
  status.textContent = shown
    ? fill(ui.shown[plural.select(shown)] ?? ui.shown.other, query, shown)
    : fill(ui.none, query, 0);
}

/**
 * Appends the next page of results. The fragments of a batch are fetched in parallel and each result is
 * appended as soon as it and every one ranked above it have arrived, so the first shows after one round
 * trip. A page found twice (its page and its alias record) shows once. Returns false when cancelled.
 */
async function showNextPage(gen: number): Promise<boolean> {
  const state = current;
  if (!state || !list) return false;
  let added = 0;
  if (moreButton) moreButton.disabled = true;
  while (added < PAGE_SIZE && state.next < state.ranked.length) {
    // A few extra per batch: some will be the same page found twice.
    const start = state.next;
    const batch = state.ranked.slice(start, start + PAGE_SIZE - added + 4);
    state.next += batch.length;
    const loading = batch.map((r) => r.data());
    for (const [i, pending] of loading.entries()) {
      if (added >= PAGE_SIZE) {
        // The page is full: the rest of the batch (already fetched) opens the next page.
        state.next = start + i;
        break;
      }
      const data = await pending;
      if (gen !== generation) return false;
      if (state.seen.has(data.url)) continue;
      state.seen.add(data.url);
      list.append(resultItem(data));
      added++;
      state.shown++;
      showStatus(state.query, state.shown + state.answers);
    }
  }
  if (moreButton) moreButton.disabled = false;
  if (moreButton) moreButton.hidden = state.next >= state.ranked.length;
  return true;
}

async function run(query: string): Promise<void> {
  const q = query.trim();
  const gen = ++generation;
  // Hooks for tests and the bench: cleared at once, set when this search's first page is on screen.
  delete document.body.dataset.searchDone;
  if (!list) return;
  if (!q) {
    current = null;
    list.replaceChildren();
    if (status) status.textContent = '';
    if (moreButton) moreButton.hidden = true;
    // An empty query shows the life situations: a way in for someone who does not know a service's name.
    void showSituations();
    return;
  }
  const isCurrent = () => gen === generation;
  // The answers (what the query names) go above Pagefind's results; they come from one small file.
  const answered = showAnswers(q, isCurrent);
  const pf = await loadPagefind();
  const chosen = chosenFilters();
  // No filter argument unless one is chosen: Pagefind would load every filter chunk before searching.
  const filters = Object.keys(chosen).length ? chosen : undefined;
  const searchAll = async (variants: readonly string[]) =>
    (await Promise.all([...new Set(variants)].map((v) => pf.search(v, filters ? { filters } : {})))).flatMap(
      (s) => s.results,
    );
  let found = await searchAll([q, foldQuery(q)]);
  // Word forms: only when the whole words found nothing (see `stemQueries`).
  if (!found.length && gen === generation) found = await searchAll(stemQueries(q));
  if (gen !== generation) return;
  // Best score first, each Pagefind record once; a stable sort keeps the as-typed search (real pages, with
  // excerpts) ahead on ties. Fragments load a page at a time: `Караганды` matches ~1000 records.
  const byId = new Map<string, PagefindResult>();
  for (const r of found) {
    const seen = byId.get(r.id);
    if (!seen || r.score > seen.score) byId.set(r.id, r);
  }
  const ranked = [...byId.values()].sort((a, b) => b.score - a.score);
  current = { query: q, ranked, next: 0, seen: new Set(), shown: 0, answers: 0 };
  list.replaceChildren();
  if (moreButton) moreButton.hidden = true;
  if (!(await showNextPage(gen))) return;
  const answers = await answered;
  if (!isCurrent()) return;
  current.answers = answers;
  showStatus(q, current.shown + answers);
  if (!current.shown && !answers) await showNearest(q, isCurrent);
  document.body.dataset.searchDone = q;
}

function remember(query: string): void {
  const params = new URLSearchParams({ q: query });
  for (const s of selects) if (s.value) params.set(s.dataset.filter ?? '', s.value);
  history.replaceState(null, '', `?${params}`);
  // The language switch keeps the search: the other language's search page opens on the same query.
  const other = document.querySelector<HTMLAnchorElement>('a.lang-switch');
  if (other) other.search = `?${params}`;
}

if (form && input) {
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  for (const s of selects)
    s.value = optionFor(s, new URLSearchParams(location.search).get(s.dataset.filter ?? '') ?? '');
  let typing: ReturnType<typeof setTimeout> | undefined;
  const searchNow = () => {
    clearTimeout(typing);
    remember(input.value);
    void run(input.value);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    searchNow();
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(searchNow, TYPING_PAUSE_MS);
  });
  for (const s of selects) s.addEventListener('change', searchNow);
  moreButton?.addEventListener('click', () => void showNextPage(generation));
  // Load the search engine with the page (the page's <link rel=preload> hints start it even earlier):
  // this page is for searching, and the first query should not wait for the round trips of loader,
  // WebAssembly and metadata.
  if (initial) searchNow();
  else {
    void loadPagefind();
    void showSituations();
  }
  void loadAnswerTerms();
}
