import type { kk } from './kk.ts';

type Entry<T> = T extends (...args: infer A) => string ? (...args: A) => string : string;

/**
 * The shape every language's dictionary has: the keys of the Kazakh one, each a string or a function of the
 * same arguments. A missing or extra key in `ru.ts` fails the type check (`astro check`).
 */
export type UiDictionary = { readonly [K in keyof typeof kk]: Entry<(typeof kk)[K]> };
export type UiKey = keyof UiDictionary;
