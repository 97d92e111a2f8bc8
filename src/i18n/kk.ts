/**
 * Kazakh UI strings. Keys are grouped by area; entries that need values are functions. Data (office names,
 * addresses, act texts) never comes from here: it is shown as the sources write it.
 */
export const kk = {
  // — site frame: layout, navigation, footer, language switch —
  'site.description': 'Қазақстанның әлеуметтік қорғау саласындағы мемлекеттік қызметтер мен мекемелер анықтамалығы',
  'site.skipLink': 'Негізгі мазмұнға өту',
  'nav.label': 'Негізгі мәзір',
  'nav.services': 'Қызметтер',
  'nav.regions': 'Өңірлер',
  'nav.acts': 'Актілер',
  'nav.search': 'Іздеу',
  'nav.data': 'Ашық деректер',
  'nav.about': 'Сайт туралы',
  'nav.embed': 'Сайтыңызға енгізу',
  'footer.historic':
    'Деректер күшін жойған немесе мәртебесі белгісіз құқықтық актілерден алынған: олар тарихи мәтін. Өтініш берер алдында мекемеге телефон соғып, мәліметті нақтылаңыз.',
  'lang.switchLabel': 'Тіл',
  'lang.other': 'Русский',
  'names.siteTranslation': 'сайттың аудармасы',
  'lang.otherName': 'орыс тілінде',

  // — service, service × district, act and home pages (keep this group together) —
  'service.placeholder': 'Қызмет',

  // — regions, districts, offices, open data, embeds, 404 (keep this group together) —
  'place.placeholder': 'Өңір',

  // — search (keep this group together) —
  'search.placeholder': 'Іздеу',
  'search.title': 'Іздеу',
  'search.label': 'Мекеме, ауыл, телефон, пошта индексі немесе қызмет',
  'search.hint': 'Қазақша да, орысша да жазуға болады.',
  'search.filter.region': 'Өңір',
  'search.filter.region.all': 'Барлық өңірлер',
  'search.filter.kind': 'Түрі',
  'search.filter.kind.all': 'Барлық түрлері',
  'search.submit': 'Іздеу',
  'search.shown': (query: string, n: number) => `«${query}» бойынша ${n} нәтиже`,
  'search.none': (query: string) => `«${query}» бойынша ештеңе табылмады. Басқаша жазып көріңіз.`,
  'search.more': 'Тағы көрсету',
  'search.noscript.before': 'Іздеу үшін JavaScript қажет. Оның орнына',
  'search.noscript.regions': 'өңірлер тізімін',
  'search.noscript.or': 'немесе',
  'search.noscript.services': 'қызметтер тізімін',
  'search.noscript.after': ' қараңыз.',
};
