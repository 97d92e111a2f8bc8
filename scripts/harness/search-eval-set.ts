/**
 * The search evaluation set (issue 17): queries of every kind a citizen types, in both languages, each with
 * the pages that answer it, read from the data (services.json, places.json and their applicability, the
 * reviewed names and vocabularies), never typed as a URL. A query's expected pages are found by the names
 * the data gives them; an entry that the data no longer supports throws, so the set cannot go stale quietly.
 * Run in Chromium on both search pages by search-eval.ts (`npm run bench -- search`, tests/site/search-answers).
 */

import type { EverydayNames } from '../../src/schemas/everyday-names.ts';
import type { GeographyChange } from '../../src/schemas/geography-change.ts';
import type { Place } from '../../src/schemas/place.ts';
import type { RussianNames } from '../../src/schemas/russian-names.ts';
import type { Service } from '../../src/schemas/service.ts';
import type { Situation } from '../../src/schemas/situation.ts';

export const evalKinds = [
  'need+place',
  'need+region',
  'everyday',
  'typo',
  'latin',
  'today',
  'ambiguous',
  'place',
] as const;
export type EvalKind = (typeof evalKinds)[number];

export interface EvalQuery {
  kind: EvalKind;
  /** The language the query is typed in (a Latin query: the language its spelling comes from). */
  lang: 'kk' | 'ru';
  query: string;
  /** Pages (without a language prefix) that answer the query. */
  expected: string[];
  /** An ambiguous query: every expected page must be offered, not just one. */
  all?: boolean;
}

export interface EvalData {
  places: readonly Place[];
  services: readonly Service[];
  russian: RussianNames;
  everyday: EverydayNames;
  situations: readonly Situation[];
  today: readonly GeographyChange[];
}

const AREA = new Set<Place['kind']>(['district', 'city']);

export function buildEvalSet(data: EvalData): EvalQuery[] {
  const byId = new Map(data.places.map((p) => [p.id, p]));
  const one = <T>(found: readonly T[], what: string): T => {
    if (found.length !== 1 || found[0] === undefined)
      throw new Error(`eval set: ${what} names ${found.length} records`);
    return found[0];
  };
  const regionNamed = (kk: string) =>
    one(
      data.places.filter((p) => p.parent === null && p.name === kk),
      kk,
    );
  /** A district or city by its name as written, in the region named (when the name is not unique). */
  const area = (kk: string, regionKk?: string) =>
    one(
      data.places.filter(
        (p) =>
          AREA.has(p.kind) &&
          p.parent !== null &&
          (p.name === kk || p.otherNames.includes(kk)) &&
          (!regionKk || p.parent === regionNamed(regionKk).id),
      ),
      kk,
    );
  /** Every district, city or region whose reviewed Russian name or form is `form`. */
  const russianForm = (form: string) =>
    data.russian.places.filter((r) => r.ru === form || r.forms.includes(form)).map((r) => byId.get(r.id) as Place);
  const areaByRussian = (form: string) =>
    one(
      russianForm(form).filter((p) => AREA.has(p.kind)),
      form,
    );
  const service = (kkStart: string) =>
    one(
      data.services.filter((s) => s.name.startsWith(kkStart)),
      kkStart,
    );
  const page = (p: Place) => (p.parent === null ? `/regions/${p.id}/` : `/districts/${p.id}/`);
  /** The district page that stands for a place: a village's district. */
  const areaPage = (p: Place): string => {
    let at: Place | undefined = p;
    while (at && !(AREA.has(at.kind) || at.parent === null)) at = at.parent ? byId.get(at.parent) : undefined;
    if (!at) throw new Error(`eval set: ${p.id} lies in no district`);
    return page(at);
  };
  const answer = (s: Service, p: Place) => {
    if (!s.applicability?.some((a) => a.district === p.id))
      throw new Error(`eval set: ${s.id} does not apply in ${p.id}`);
    return `/services/${s.id}/${p.id}/`;
  };
  const inRegion = (s: Service, regionKk: string) => {
    const region = regionNamed(regionKk).id;
    return (s.applicability ?? [])
      .filter((a) => byId.get(a.district)?.parent === region)
      .map((a) => `/services/${s.id}/${a.district}/`);
  };
  /** The situation and service pages whose reviewed words hold `words`. */
  const saying = (words: string, lang: 'kk' | 'ru') => {
    const out = [
      ...data.situations.filter((x) => x.words[lang].includes(words)).map((x) => `/situations/${x.id}/`),
      ...data.everyday.services
        .filter((s) => s.words[lang].includes(words) || s[lang] === words)
        .map((s) => `/services/${s.id}/`),
      ...data.russian.services.filter((s) => lang === 'ru' && s.forms.includes(words)).map((s) => `/services/${s.id}/`),
    ];
    if (!out.length) throw new Error(`eval set: no situation or service says "${words}"`);
    return [...new Set(out)];
  };
  const settlementPages = (name: string) => {
    const pages = [...new Set(data.places.filter((p) => p.kind === 'settlement' && p.name === name).map(areaPage))];
    if (!pages.length) throw new Error(`eval set: no settlement ${name}`);
    return pages;
  };
  const change = (kk: string) =>
    one(
      data.today.filter((c) => c.today.kk === kk),
      kk,
    );
  const changePages = (kk: string) => change(kk).places.map((id) => page(byId.get(id) as Place));
  /** A one-letter slip: the letter at `at` left out (`Караганда` -> `Карагнда`). */
  const dropped = (word: string, at: number) => word.slice(0, at) + word.slice(at + 1);

  const turgyn = service('Тұрғын үй көмегін');
  const children = service('18 жасқа дейінгі');
  const certificate = service('Жұмыссыз азаматтарға анықтама');
  const registration = service('Жұмыссыз азаматтарды есепке');
  const targeted = service('Мемлекеттік атаулы');
  const wheelchair = service('Мүгедектердің қоларбалар');
  const aids = service('Мүгедектерді сурдо');
  const fuel = service('Отын сатып алу');
  const homeCare = service('Мүгедектерге үйінде');
  const institution = service('Мемлекеттік және мемлекеттік емес медициналық');
  const sanatorium = service('Мүгедектерді санаторлық');
  const testSite = service('Семей ядролық');

  const q = (kind: EvalKind, lang: 'kk' | 'ru', query: string, expected: string[], all = false): EvalQuery => ({
    kind,
    lang,
    query,
    expected,
    ...(all ? { all } : {}),
  });

  return [
    // A need and a place: that service x district answer first.
    q('need+place', 'ru', 'жилищная помощь Темиртау', [answer(turgyn, areaByRussian('Темиртау'))]),
    q('need+place', 'ru', 'Караганда пособие на детей', [answer(children, areaByRussian('Караганда'))]),
    q('need+place', 'ru', 'справка безработного Талгар', [answer(certificate, areaByRussian('Талгар'))]),
    q('need+place', 'ru', 'адресная социальная помощь Тараз', [answer(targeted, areaByRussian('Тараз'))]),
    q('need+place', 'ru', 'инвалидная коляска Капшагай', [answer(wheelchair, areaByRussian('Капшагай'))]),
    q('need+place', 'ru', 'слуховой аппарат Жезказган', [answer(aids, areaByRussian('Жезказган'))]),
    q('need+place', 'ru', 'топливо для сельских специалистов Шетский район', [
      answer(fuel, areaByRussian('Шетский район')),
    ]),
    q('need+place', 'ru', 'уход на дому Сатпаев', [answer(homeCare, areaByRussian('Сатпаев'))]),
    q('need+place', 'ru', 'дом престарелых Кокшетау', [answer(institution, areaByRussian('Кокшетау'))]),
    q('need+place', 'kk', 'жұмыссыз Еңбекшіқазақ', [answer(certificate, area('Еңбекшіқазақ ауданы'))]),
    q('need+place', 'kk', 'балаға жәрдемақы Қарағанды қаласы', [answer(children, area('Қарағанды қаласы'))]),
    q('need+place', 'kk', 'тұрғын үй көмегі Теміртау', [answer(turgyn, area('Теміртау қаласы'))]),
    q('need+place', 'kk', 'атаулы әлеуметтік көмек Жамбыл ауданы Жамбыл облысы', [
      answer(targeted, area('Жамбыл ауданы', 'Жамбыл облысы')),
    ]),
    q('need+place', 'kk', 'қоларба Талдықорған', [answer(wheelchair, area('Талдықорған қаласы'))]),
    q('need+place', 'kk', 'санаторий Іле ауданы', [answer(sanatorium, area('Іле ауданы'))]),
    q('need+place', 'kk', 'отын Қарқаралы', [answer(fuel, area('Қарқаралы ауданы'))]),
    q('need+place', 'kk', 'Семей полигоны Балқаш қаласы', [answer(testSite, area('Балқаш қаласы'))]),
    q('need+place', 'kk', 'жұмыссыз ретінде тіркелу Шахтинск', [answer(registration, area('Шахтинск қаласы'))]),
    // A need and a region: the service's answers in the region's districts.
    q('need+region', 'ru', 'жилищная помощь Карагандинская область', inRegion(turgyn, 'Қарағанды облысы')),
    q('need+region', 'kk', 'балаға жәрдемақы Алматы облысы', inRegion(children, 'Алматы облысы')),
    // What people say: the situation or service that answers it.
    ...['пособие на ребенка', 'потерял работу', 'слуховой аппарат', 'топливо для сельских специалистов'].map((w) =>
      q('everyday', 'ru', w, saying(w, 'ru')),
    ),
    ...['дом престарелых', 'многодетная семья', 'инвалидная коляска'].map((w) =>
      q('everyday', 'ru', w, saying(w, 'ru')),
    ),
    ...[
      'жұмыстан шықтым',
      'балаға жәрдемақы',
      'есту аппараты',
      'қарттар үйі',
      'атаулы әлеуметтік көмек',
      'мүгедек бала',
    ].map((w) => q('everyday', 'kk', w, saying(w, 'kk'))),
    // One letter left out (the four, and more made from the data's names).
    q('typo', 'ru', dropped('Караганда', 6), russianForm('Караганда').map(page)),
    q('typo', 'ru', dropped('Осакаровка', 4), settlementPages('Осакаровка')),
    q('typo', 'ru', dropped('Талдыкорган', 9), [page(areaByRussian('Талдыкорган'))]),
    q('typo', 'kk', 'жумысыз', saying('жұмыссыз', 'kk')),
    q('typo', 'ru', dropped('Шахтинск', 3), [page(areaByRussian('Шахтинск'))]),
    q('typo', 'kk', dropped('Қарқаралы', 4), [page(area('Қарқаралы ауданы'))]),
    q('typo', 'ru', dropped('Темиртау', 6), [page(areaByRussian('Темиртау'))]),
    q('typo', 'ru', dropped('Бурабайского района', 10), [page(areaByRussian('Бурабайский район'))]),
    q('typo', 'ru', dropped('Жезказган', 7), [page(areaByRussian('Жезказган'))]),
    q('typo', 'ru', dropped('пособие на ребенка', 5), saying('пособие на ребенка', 'ru')),
    q('typo', 'kk', dropped('Теміртау', 3), [page(area('Теміртау қаласы'))]),
    // Latin letters: the usual Latin of the Russian name, and the 2021 Kazakh Latin alphabet.
    q('latin', 'ru', 'Karaganda', russianForm('Караганда').map(page)),
    q('latin', 'ru', 'Ust-Kamenogorsk', [page(areaByRussian('Усть-Каменогорск'))]),
    q('latin', 'ru', 'Taldykorgan', [page(areaByRussian('Талдыкорган'))]),
    q('latin', 'ru', 'Temirtau', [page(areaByRussian('Темиртау'))]),
    q('latin', 'ru', 'Zhezkazgan', [page(areaByRussian('Жезказган'))]),
    q('latin', 'ru', 'Shchuchinsk', settlementPages('Щучинск')),
    q('latin', 'ru', 'Semey', [page(areaByRussian('Семей'))]),
    q('latin', 'ru', 'Ekibastuz', [page(areaByRussian('Экибастуз'))]),
    q('latin', 'kk', 'Qarağandy', [page(area('Қарағанды қаласы')), page(regionNamed('Қарағанды облысы'))]),
    q('latin', 'kk', 'Qostanai', russianForm('Костанай').map(page)),
    // Today's names: the places of the acts they stand for.
    q('today', 'kk', 'Жетісу облысы', changePages('Жетісу облысы')),
    q('today', 'ru', 'область Абай', changePages('Абай облысы')),
    q('today', 'kk', 'Ұлытау облысы', changePages('Ұлытау облысы')),
    q('today', 'kk', 'Қонаев', changePages('Қонаев қаласы')),
    q('today', 'ru', 'Конаев', changePages('Қонаев қаласы')),
    q('today', 'ru', 'Нур-Султан', changePages('Астана қаласы')),
    q('today', 'ru', 'Аккулы', changePages('Аққулы ауданы')),
    q('today', 'kk', 'Бейімбет Майлин ауданы', changePages('Бейімбет Майлин ауданы')),
    q(
      'today',
      'ru',
      'пособие на детей Конаев',
      change('Қонаев қаласы').places.map((id) => answer(children, byId.get(id) as Place)),
    ),
    // Ambiguous places: each offered.
    q('ambiguous', 'kk', 'Абай ауданы', data.places.filter((p) => p.name === 'Абай ауданы').map(page), true),
    q('ambiguous', 'kk', 'Есіл ауданы', data.places.filter((p) => p.name === 'Есіл ауданы').map(page), true),
    q('ambiguous', 'kk', 'Жамбыл ауданы', data.places.filter((p) => p.name === 'Жамбыл ауданы').map(page), true),
    q('ambiguous', 'ru', 'Актогайский район', russianForm('Актогайский район').map(page), true),
    // A place alone: its page, in any case form or spelling.
    q('place', 'ru', 'Бурабайского района', [page(areaByRussian('Бурабайский район'))]),
    q('place', 'kk', 'Қарағандыда', [page(area('Қарағанды қаласы')), page(regionNamed('Қарағанды облысы'))]),
    q('place', 'ru', 'Щучинск', settlementPages('Щучинск')),
    q('place', 'ru', 'Енбекшиказахский район', [page(area('Еңбекшіқазақ ауданы'))]),
    q('place', 'kk', 'Осакаров ауданы', [page(area('Осакаров ауданы'))]),
  ];
}
