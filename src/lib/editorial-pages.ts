/**
 * Editorial pages in two languages: `content/pages/about.mdx` is Kazakh (id `about`) and
 * `content/pages/ru/about.mdx` its Russian version (id `ru/about`). Both exist for every page; a missing
 * twin fails the build here rather than leaving a language switch that leads nowhere.
 */
import { defaultLang, type Lang, languages } from '../i18n/index.ts';

/** `ru/about` -> `{ lang: 'ru', slug: 'about' }`; ids without a language folder are Kazakh. */
export function editorialId(id: string): { lang: Lang; slug: string } {
  const [first, ...rest] = id.split('/');
  const lang = languages.find((l) => l !== defaultLang && l === first);
  return lang ? { lang, slug: rest.join('/') } : { lang: defaultLang, slug: id };
}

/** Groups entries by language and checks that every page exists in every language. */
export function editorialPagesByLang<T extends { id: string }>(entries: readonly T[]): Map<Lang, Map<string, T>> {
  const byLang = new Map<Lang, Map<string, T>>(languages.map((l) => [l, new Map()]));
  for (const e of entries) {
    const { lang, slug } = editorialId(e.id);
    byLang.get(lang)?.set(slug, e);
  }
  const slugs = new Set(entries.map((e) => editorialId(e.id).slug));
  for (const [lang, pages] of byLang) {
    const missing = [...slugs].filter((s) => !pages.has(s));
    if (missing.length > 0) {
      throw new Error(
        `content/pages: ${missing.join(', ')} has no ${lang} version (add content/pages/${lang === defaultLang ? '' : `${lang}/`}${missing[0]}.mdx)`,
      );
    }
  }
  return byLang;
}
