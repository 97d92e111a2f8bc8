/**
 * A flag on the authors' error told in Kazakh from its code: the record's `message` is a developer's
 * English note for the open data and the ingest report, and is never shown on a page.
 */
const byCode: Record<string, string> = {
  'act-head-missing': 'Мәтінде актінің басы (атауы, мәртебесі, тіркелуі) жоқ: акт бекіту белгісінен оқылды.',
  'amendment-note-repeated': 'Өзгеріс туралы ескертпе мәтінде екі рет жазылған.',
  'contradictory-form': 'Қызмет нысаны қарама-қайшы жазылған.',
  'wrong-standard-cited': 'Регламент басқа қызметтің стандартына сілтейді.',
  'procedure-limits-by-order': 'Кезеңдердің мерзімдері кестеден ретімен алынды: кесте кезеңдерді атамайды.',
  'duplicate-clause-number': 'Екі тармаққа бір нөмір берілген.',
  'clause-number-gap': 'Тармақтардың нөмірлері ретімен емес.',
  'email-malformed': 'Электрондық пошта мекенжайы қате жазылған.',
  'website-malformed': 'Сайт мекенжайы қате жазылған.',
  'listed-twice': 'Қосымша бұл мекемені екі рет атайды.',
  'phone-digits': 'Телефон нөмірінің цифрлары толық емес.',
  'phone-area-code': 'Қала коды қате жазылған.',
  'postcode-malformed': 'Пошта индексі қате жазылған.',
};

export function flagText(code: string): string {
  return byCode[code] ?? 'Акт авторлары мұнда қате жіберген; мәтін жазылғандай қалдырылды.';
}
