import { describe, expect, test } from 'vitest';
import { crossLanguageLinks, isLanguageNeutral, twinPath } from '../../site/checks/lang-links.ts';
import { langSegments } from '../../site/checks/lang-segments.ts';
import { findUiString } from '../../site/checks/ui-strings.ts';

const page = `<!doctype html><html lang="ru"><head><title>Ақсу — qyzmet</title>
<script type="application/ld+json">{"name":"Ақсу"}</script><style>.a{content:"қ"}</style></head>
<body><a class="lang-switch" href="/x/" lang="kk">Қазақша</a><p>Адрес: <span lang="kk">Ақсу ауданы</span> (Аксуский район)</p>
<img alt="Карта" src="/a.png"><button aria-label="Іздеу" title="Поиск"></button><br/><p>конец &amp; всё</p>
<svg><title>Схема</title></svg><input type="submit" value="Найти"><input type="hidden" value="скрыто"></body></html>`;

describe('langSegments', () => {
  const segments = langSegments(page);

  test('marks each text with the nearest lang, data inside lang="kk" apart from the UI around it', () => {
    expect(segments.filter((s) => s.where === 'text').map((s) => [s.lang, s.text])).toEqual([
      ['kk', 'Қазақша'],
      ['ru', 'Адрес:'],
      ['kk', 'Ақсу ауданы'],
      ['ru', '(Аксуский район)'],
      ['ru', 'конец & всё'],
      ['ru', 'Схема'],
    ]);
  });

  test('reads user-visible attributes and the document title, never script or style contents', () => {
    expect(segments.filter((s) => s.where !== 'text').map((s) => [s.where, s.text])).toEqual([
      ['title', 'Ақсу — qyzmet'],
      ['@alt', 'Карта'],
      ['@aria-label', 'Іздеу'],
      ['@title', 'Поиск'],
      ['@value', 'Найти'],
    ]);
  });
});

describe('links by language', () => {
  test.each([
    { path: '/offices/x/', twin: '/ru/offices/x/' },
    { path: '/ru/offices/x/', twin: '/offices/x/' },
    { path: '/', twin: '/ru/' },
    { path: '/ru/', twin: '/' },
  ])('the twin of $path is $twin', ({ path, twin }) => {
    expect(twinPath(path)).toBe(twin);
  });

  test.each([
    { path: '/data/offices.json', neutral: true },
    { path: '/pagefind/pagefind.js', neutral: true },
    { path: '/offices/x/receptions.ics', neutral: true },
    { path: '/_astro/a.css', neutral: true },
    { path: '/offices/x/', neutral: false },
    { path: '/data/', neutral: false },
  ])('$path is the same in both languages: $neutral', ({ path, neutral }) => {
    expect(isLanguageNeutral(path)).toBe(neutral);
  });

  test('finds links to the other language, the switch and files aside', () => {
    const html = `<a class="lang-switch" href="/x/">kk</a><a href="/ru/y/">ok</a><a href="/z/#top">bad</a>
      <a href="https://qyzmet.kz/w/">bad</a><a href="/data/offices.csv">file</a><a href="https://example.org/">out</a>`;
    expect(crossLanguageLinks('/ru/x/', html)).toEqual(['/z/#top', 'https://qyzmet.kz/w/']);
  });
});

describe('findUiString', () => {
  test('matches whole words only', () => {
    expect(findUiString('Телефон: 8 701', ['Телефон'])).toBe('Телефон');
    expect(findUiString('Телефоны', ['Телефон'])).toBeNull();
  });
});
