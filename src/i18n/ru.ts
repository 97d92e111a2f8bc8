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
};
