import type { UiDictionary } from './types.ts';

/**
 * Russian UI strings: the same keys as `kk.ts`. Labels only: legal text from the acts is never translated,
 * and names are shown as written, with a Russian name beside them where a source gives one.
 */
export const ru: UiDictionary = {
  // — site frame: layout, navigation, footer, language switch —
  'site.description': 'Справочник государственных услуг и учреждений социальной защиты Казахстана',
  'site.skipLink': 'Перейти к основному содержанию',
  'nav.label': 'Главное меню',
  'nav.services': 'Услуги',
  'nav.regions': 'Регионы',
  'nav.acts': 'Акты',
  'nav.search': 'Поиск',
  'nav.data': 'Открытые данные',
  'nav.about': 'О сайте',
  'nav.embed': 'Встроить на свой сайт',
  'footer.historic':
    'Данные взяты из утративших силу правовых актов или актов с неизвестным статусом: это исторический текст. Перед обращением позвоните в учреждение и уточните сведения.',
  'lang.switchLabel': 'Язык',
  'lang.other': 'Қазақша',
  'names.siteTranslation': 'перевод сайта, не официальный текст',
  'lang.otherName': 'на казахском',

  // — service, service × district, act and home pages (keep this group together) —
  'service.placeholder': 'Услуга',

  // — regions, districts, offices, open data, embeds, 404 (keep this group together) —
  'place.placeholder': 'Регион',

  // — search (keep this group together) —
  'search.placeholder': 'Поиск',
  'search.title': 'Поиск',
  'search.label': 'Учреждение, село, телефон, почтовый индекс или услуга',
  'search.hint': 'Можно писать по-русски или по-казахски.',
  'search.filter.region': 'Регион',
  'search.filter.region.all': 'Все регионы',
  'search.filter.kind': 'Тип',
  'search.filter.kind.all': 'Все типы',
  'search.submit': 'Найти',
  'search.shown': (query: string, n: number) => {
    const form = new Intl.PluralRules('ru').select(n);
    const shown = form === 'one' ? 'показан' : 'показано';
    const results = form === 'one' ? 'результат' : form === 'few' ? 'результата' : 'результатов';
    return `По запросу «${query}» ${shown} ${n} ${results}`;
  },
  'search.none': (query: string) => `По запросу «${query}» ничего не найдено. Попробуйте написать иначе.`,
  'search.more': 'Показать ещё',
  'search.noscript.before': 'Для поиска нужен JavaScript. Вместо этого посмотрите',
  'search.noscript.regions': 'список регионов',
  'search.noscript.or': 'или',
  'search.noscript.services': 'список услуг',
  'search.noscript.after': '.',
};
