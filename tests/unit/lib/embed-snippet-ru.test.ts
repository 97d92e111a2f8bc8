import { describe, expect, test } from 'vitest';
import { districtSnippet, officeSnippet, serviceSnippet } from '../../../src/lib/embed/snippet.ts';
import type { DistrictPage } from '../../../src/lib/places/pages.ts';
import { aksuCentre, gulshatAkim, karagandaAct, pavlodarDepartment, registrationVersion } from './embed-records.ts';

const ru = { site: 'https://qyzmet.kz/', dataDate: '2026-03-12', lang: 'ru' as const };
const kazakhLetter = /[әғқңөұүһі]/i;

/** The snippet with every `lang="kk"` span taken out: what is left must be Russian (or numbers and links). */
function withoutKazakhSpans(html: string): string {
  return html.replace(/<(span|ul) lang="kk">[\s\S]*?<\/\1>/g, '');
}

const karaganda: DistrictPage = {
  id: 'balkash-kalasy',
  name: 'Балқаш қаласы',
  region: 'Қарағанды облысы',
  regionId: 'karagandy-oblysy',
  otherNames: [],
  formerIds: [],
  offices: [gulshatAkim, pavlodarDepartment],
};

describe('a Russian office snippet', () => {
  const html = officeSnippet({ office: aksuCentre, act: karagandaAct }, ru);

  test('says its language is Russian and marks the acts’ own text Kazakh', () => {
    expect(html.startsWith('<section lang="ru">')).toBe(true);
    expect(html).toContain('<span lang="kk">Ақсу ауданы, Жансүгіров кенті, Қабанбай батыр көш., 20 үй</span>');
    expect(withoutKazakhSpans(html)).not.toMatch(kazakhLetter);
  });

  test('labels the facts in Russian, with the kind from the glossary and the date through Intl', () => {
    expect(html).toContain('<p>Центр обслуживания населения. <span lang="kk">Ақсу ауданы, Алматы облысы</span>.</p>');
    expect(html).toContain('<strong>Адрес:</strong>');
    expect(html).toContain('Дата данных (новейший акт): 12 марта 2026 г. Перед визитом уточните по телефону.');
    // The statement the pages open with, first under the heading: act, its date, repealed on.
    const [y, m, d] = (karagandaAct.repealedBy?.date ?? '').split('-');
    expect(html.split('\n')[2]).toContain(`</a>: утратил силу ${d}.${m}.${y}.</strong>`);
  });

  test('links to the Russian office page', () => {
    expect(html).toContain(`href="https://qyzmet.kz/ru/offices/${aksuCentre.id}/"`);
  });

  test('says "код города неизвестен" beside a number without its area code', () => {
    expect(officeSnippet({ office: pavlodarDepartment }, ru)).toContain('(код города неизвестен)');
  });
});

describe('a Russian district snippet', () => {
  const html = districtSnippet({ district: karaganda }, ru);

  test('gives the reviewed Russian name of the region beside the Kazakh one', () => {
    expect(html).toContain('<p><span lang="kk">Қарағанды облысы</span> (Карагандинская область).</p>');
  });

  test('groups offices under Russian kind headings and links them to Russian pages', () => {
    expect(html).toMatch(/<h3>Отделы занятости и социальных программ \(1\)<\/h3>/);
    expect(html).not.toContain('href="https://qyzmet.kz/offices/');
    expect(withoutKazakhSpans(html)).not.toMatch(kazakhLetter);
  });
});

describe('a Russian service snippet', () => {
  const html = serviceSnippet({ service: { id: 'tirkeu', name: 'Тіркеу' }, version: registrationVersion }, ru);

  test('keeps the documents in Kazakh under the Russian heading', () => {
    expect(html).toContain('<h3>Необходимые документы</h3>\n<ul lang="kk">');
    expect(withoutKazakhSpans(html)).not.toMatch(kazakhLetter);
  });

  test('the Kazakh snippet is unchanged by the Russian option', () => {
    const kk = serviceSnippet(
      { service: { id: 'tirkeu', name: 'Тіркеу' }, version: registrationVersion },
      { ...ru, lang: 'kk' },
    );
    expect(kk).toContain('<section lang="kk">');
    expect(kk).toContain('<h3>Қажетті құжаттар</h3>\n<ul>');
    expect(kk).not.toContain('lang="ru"');
  });
});
