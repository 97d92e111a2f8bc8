/**
 * The answers above the search results (src/lib/search/answer-match.ts): the answer index is fetched once,
 * turned into terms once, and each query's answers are laid out as links in the page's language. Every
 * name is put in as text, never as markup: the index is data and the query is whatever was typed.
 */
import type { AnswerIndex } from '../lib/search/answer-index-types.ts';
import { type Answer, type AnswerLang, answer, nearest, situationLinks } from '../lib/search/answer-match.ts';
import { type AnswerTerms, buildTerms } from '../lib/search/answer-terms.ts';

/** The strings the answers show, from the section's `data-ui` (the page's dictionary). */
interface AnswersUi {
  heading: string;
  notCovered: string;
  nearest: string;
  situations: string;
  situationsHint: string;
}

const section = document.querySelector<HTMLElement>('#search-answers');
const heading = section?.querySelector<HTMLElement>('h2') ?? null;
const hint = section?.querySelector<HTMLElement>('p') ?? null;
const list = section?.querySelector<HTMLOListElement>('ol') ?? null;
const ui = JSON.parse(section?.dataset.ui ?? '{}') as AnswersUi;
const lang: AnswerLang = document.documentElement.lang === 'ru' ? 'ru' : 'kk';
const linkPrefix = section?.dataset.linkPrefix ?? '';
const KAZAKH = /[әғқңөұүһі]/iu;

let termsPromise: Promise<AnswerTerms | null> | undefined;

/** The index, once per page; null when it cannot be had (the page then searches with Pagefind alone). */
export function loadAnswerTerms(): Promise<AnswerTerms | null> {
  termsPromise ??= fetch(new URL('/search/answers.json', location.href))
    .then((r) => (r.ok ? (r.json() as Promise<AnswerIndex>) : null))
    .then((index) => (index?.v === 1 ? buildTerms(index) : null))
    .catch(() => null);
  return termsPromise;
}

function item(a: Answer): HTMLLIElement {
  const li = document.createElement('li');
  li.className = `answer answer-${a.kind}`;
  const link = document.createElement('a');
  link.href = `${linkPrefix}${a.href}`;
  link.textContent = a.title;
  // On the Russian page a name without a reviewed Russian form is Kazakh as written.
  if (lang === 'ru' && KAZAKH.test(a.title)) link.lang = 'kk';
  li.append(link);
  if (a.why) {
    const why = document.createElement('p');
    why.className = 'muted why';
    why.textContent = a.why;
    if (lang === 'ru' && KAZAKH.test(a.why)) why.lang = 'kk';
    li.append(why);
  }
  return li;
}

function show(title: string, note: string, answers: readonly Answer[]): void {
  if (!section || !list || !heading || !hint) return;
  heading.textContent = title;
  hint.textContent = note;
  hint.hidden = !note;
  list.replaceChildren(...answers.map(item));
  section.hidden = answers.length === 0;
}

/** The life situations, for an empty query or one that found nothing at all. */
export async function showSituations(): Promise<void> {
  const terms = await loadAnswerTerms();
  show(ui.situations, ui.situationsHint, terms ? situationLinks(terms.index, lang) : []);
}

/**
 * This query's answers on screen, unless `current()` says a newer search has begun by then; returns how
 * many were shown.
 */
export async function showAnswers(query: string, current: () => boolean): Promise<number> {
  const terms = await loadAnswerTerms();
  const found = terms ? answer(terms, query, lang, { notCovered: ui.notCovered }) : [];
  if (!current()) return 0;
  show(ui.heading, '', found);
  return found.length;
}

/** After nothing was found anywhere: the names nearest to the query, else the situations. */
export async function showNearest(query: string, current: () => boolean): Promise<void> {
  const terms = await loadAnswerTerms();
  const near = terms ? nearest(terms, query, lang) : [];
  if (!current()) return;
  if (near.length) show(ui.nearest, '', near);
  else if (terms) show(ui.situations, ui.situationsHint, situationLinks(terms.index, lang));
}
