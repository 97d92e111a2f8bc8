/**
 * The site's two languages. Kazakh is the default and lives at `/`; Russian lives under `/ru/`. Pages take
 * their language from the optional `[...lang]` route segment (see `withLanguages`); components read it from
 * `Astro.currentLocale` through `pageLang`, so it is not passed down by hand.
 */
import { kk } from './kk.ts';
import { ru } from './ru.ts';
import type { UiDictionary } from './types.ts';

export const languages = ['kk', 'ru'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'kk';

const dictionaries: Record<Lang, UiDictionary> = { kk, ru };

/** The UI strings of one language: `ui('ru')['nav.services']`. */
export function ui(lang: Lang): UiDictionary {
  return dictionaries[lang];
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** A page's language from `Astro.currentLocale` (undefined or unknown means the default). */
export function pageLang(locale: string | undefined): Lang {
  return isLang(locale) ? locale : defaultLang;
}

/** The `[...lang]` route parameter of a language: nothing for Kazakh (no prefix), `ru` for Russian. */
export function langParam(lang: Lang): string | undefined {
  return lang === defaultLang ? undefined : lang;
}

/** `/services/x/` in a language: `/services/x/` or `/ru/services/x/`. Paths start with `/`. */
export function localeHref(lang: Lang, path: string): string {
  const bare = splitLocale(path).path;
  return lang === defaultLang ? bare : `/${lang}${bare}`;
}

/** `/ru/services/x/` -> `{ lang: 'ru', path: '/services/x/' }`; paths without a prefix are Kazakh. */
export function splitLocale(path: string): { lang: Lang; path: string } {
  const m = /^\/([a-z]{2})(\/.*|$)/.exec(path);
  if (m && isLang(m[1]) && m[1] !== defaultLang) return { lang: m[1], path: m[2] || '/' };
  return { lang: defaultLang, path };
}

interface StaticPath<P, Q> {
  params: P;
  props?: Q;
}

/**
 * Doubles a page's static paths, one per language: `[...lang]` is empty for Kazakh and `ru` for Russian,
 * and `lang` joins the props. A page without paths of its own passes `[{ params: {} }]`.
 */
export function withLanguages<P extends Record<string, string | undefined>, Q extends object>(
  paths: readonly StaticPath<P, Q>[],
): { params: P & { lang: string | undefined }; props: Q & { lang: Lang } }[] {
  return languages.flatMap((lang) =>
    paths.map((p) => ({
      params: { ...p.params, lang: langParam(lang) },
      props: { ...(p.props ?? ({} as Q)), lang },
    })),
  );
}

/** Static paths of a page that exists once per language and has no parameters of its own. */
export function languagePaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return withLanguages([{ params: {} }]);
}

/**
 * The `lang` attribute of text as the sources write it (Kazakh): none on a Kazakh page, `kk` on a Russian
 * one, so screen readers read it with a Kazakh voice and checks can tell data from the page's own Russian
 * words. An attribute, not a wrapping component: such text is on every page thousands of times over, and
 * each Astro component instance costs about 10 µs to render.
 */
export function dataLang(lang: Lang): 'kk' | undefined {
  return lang === 'kk' ? undefined : 'kk';
}
