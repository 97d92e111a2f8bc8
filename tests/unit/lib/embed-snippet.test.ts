import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { latestAct } from '../../../src/lib/embed/facts.ts';
import { districtSnippet, officeSnippet, serviceSnippet } from '../../../src/lib/embed/snippet.ts';
import type { DistrictPage } from '../../../src/lib/places/pages.ts';
import {
  akkolDepartment,
  aksuCentre,
  gulshatAkim,
  karagandaAct,
  pavlodarDepartment,
  registrationVersion,
} from './embed-records.ts';

const ctx = { site: 'https://qyzmet.kz/', dataDate: '2026-03-12' };

const balkash: DistrictPage = {
  id: 'balkash-kalasy',
  name: 'Балқаш қаласы',
  region: 'Қарағанды облысы',
  regionId: 'karagandy-oblysy',
  otherNames: [],
  formerIds: [],
  offices: [gulshatAkim, { ...pavlodarDepartment, id: 'x-dept', name: 'Балқаш қаласының бөлімі' }],
};

const snippets = [
  { kind: 'office', html: officeSnippet({ office: aksuCentre }, ctx) },
  { kind: 'office without area code', html: officeSnippet({ office: pavlodarDepartment }, ctx) },
  { kind: 'district', html: districtSnippet({ district: balkash }, ctx) },
  {
    kind: 'service',
    html: serviceSnippet({ service: { id: 'tirkeu', name: 'Тіркеу' }, version: registrationVersion }, ctx),
  },
];

describe('an office snippet', () => {
  const html = officeSnippet({ office: aksuCentre }, ctx);

  test('escapes the ASCII quotes of "Алматы облысының халыққа қызмет көрсету орталығы" in the heading', () => {
    expect(html).toContain(
      '<h2>Ақсу аудандық филиалы РММ &quot;Алматы облысының халыққа қызмет көрсету орталығы&quot;</h2>',
    );
  });

  test('dials both phones, the second one completed with the row’s area code 72832', () => {
    expect([...html.matchAll(/href="(tel:[^"]+)"/g)].map((m) => m[1])).toEqual([
      'tel:+77283221216',
      'tel:+77283221451',
    ]);
    expect(html).toContain('<a href="tel:+77283221216">8&nbsp;(72832)&nbsp;2&nbsp;12&nbsp;16</a>');
  });

  test('gives the address, the hours as written and the kind with its place', () => {
    expect(html).toContain(
      '<p><strong>Мекенжайы:</strong> Ақсу ауданы, Жансүгіров кенті, Қабанбай батыр көш., 20 үй</p>',
    );
    expect(html).toContain('<p><strong>Жұмыс уақыты:</strong> дүйсенбі- жұма 9-00-дан 20-00 дейін үзіліссіз,');
    expect(html).toContain('<p>Халыққа қызмет көрсету орталығы. Ақсу ауданы, Алматы облысы.</p>');
  });

  test('links back to the office page on the site, with the data date in Kazakh', () => {
    expect(html).toContain('<a href="https://qyzmet.kz/offices/2012-349-7-a3-r1/">qyzmet.kz</a>');
    expect(html).toContain('Деректер күні (ең жаңа акт): 2026 ж. 12 наурыз.');
  });

  test('prints the postcode before the address when the row has one', () => {
    expect(officeSnippet({ office: akkolDepartment }, ctx)).toContain(
      '<strong>Мекенжайы:</strong> 020100, Ақкөл қаласы, Нұрмағамбетов көшесі, 81',
    );
  });

  test('shows "32-00-96" as written and never makes a tel: link of a number without its area code', () => {
    const pavlodar = officeSnippet({ office: pavlodarDepartment }, ctx);
    expect(pavlodar).not.toContain('tel:');
    expect(pavlodar).toContain('<p><strong>Телефон:</strong> 32&#8209;00&#8209;96 (қала коды белгісіз)</p>');
    expect(pavlodar).toContain('<a href="mailto:uprzanpv@mail.ru">uprzanpv@mail.ru</a>');
    expect(pavlodar).not.toContain('Жұмыс уақыты');
  });

  test('keeps a Baikonur number "8 (336) 225-62-20" on one line: non-breaking spaces and hyphens', () => {
    const baikonur = {
      ...akkolDepartment,
      phones: [{ number: '+73362256220', raw: '8 (336) 225-62-20', type: 'phone' as const, note: null }],
    };
    expect(officeSnippet({ office: baikonur }, ctx)).toContain(
      '<a href="tel:+73362256220">8&nbsp;(336)&nbsp;225&#8209;62&#8209;20</a>',
    );
  });

  test('names the act the facts come from when it is given', () => {
    const withAct = officeSnippet({ office: gulshatAkim, act: karagandaAct }, ctx);
    expect(withAct).toContain('Құқықтық акт: Қарағанды облысының әкімдігі, 2008 ж. № 32/08.');
  });

  test.each([
    { headingLevel: 3 as const, open: '<h3>' },
    { headingLevel: 4 as const, open: '<h4>' },
  ])('opens with $open when the host page asks for heading level $headingLevel', ({ headingLevel, open }) => {
    expect(officeSnippet({ office: akkolDepartment }, { ...ctx, headingLevel }).split('\n')[1]).toMatch(
      new RegExp(`^${open}Ақкөл`),
    );
  });
});

describe('a district snippet', () => {
  const html = districtSnippet({ district: balkash }, ctx);

  test('groups the offices by kind, departments before rural akims, with counts', () => {
    const headings = [...html.matchAll(/<h3>([^<]+)<\/h3>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      'Жұмыспен қамту және әлеуметтік бағдарламалар бөлімдері (1)',
      'Ауыл, кент, ауылдық округ әкімдері (1)',
    ]);
  });

  test('links every office to its own page and gives its first phone', () => {
    expect(html).toContain('<a href="https://qyzmet.kz/offices/2008-32-08-5-a2-r1/">&quot;Гүлшат кенті әкімінің');
    expect(html).toContain('Телефон/факс: <a href="tel:+77103653953">8&nbsp;(71036)&nbsp;5&nbsp;39&nbsp;53</a>');
    expect(html).toContain('<a href="https://qyzmet.kz/districts/balkash-kalasy/">qyzmet.kz</a>');
  });
});

describe('a service snippet', () => {
  const html = serviceSnippet(
    {
      service: { id: 'tirkeu', name: 'Жұмыссыз азаматтарды есепке қою және тіркеу' },
      version: registrationVersion,
      act: karagandaAct,
    },
    ctx,
  );

  test('gives the service term (10 calendar days), not the 40-minute queue that comes first', () => {
    expect(html).toContain('<p><strong>Мерзімі:</strong> 10 күнтізбелік күн</p>');
    expect(html).toContain('<p><strong>Құны:</strong> Тегін</p>');
  });

  test('lists the four documents of the checklist in order', () => {
    const list = html.slice(html.indexOf('<h3>Қажетті құжаттар</h3>'));
    expect([...list.matchAll(/<li>([^<]+)<\/li>/g)].map((m) => m[1])).toEqual([
      'жеке бас куәлігі (паспорт);',
      'еңбек қызметін растайтын құжаттар;',
      'әлеуметтік жеке кодтың берілгені туралы куәлік (ӘЖК);',
      'салық төлеушінің тіркеу нөмірі (СТТН).',
    ]);
  });

  test('nests the sub-items of a document', () => {
    const version = {
      ...registrationVersion,
      documents: [{ text: 'жеке басын куәландыратын құжат:', items: ['азаматтар үшін – жеке куәлік'], sources: [] }],
    };
    expect(serviceSnippet({ service: { id: 'x', name: 'X' }, version }, ctx)).toContain(
      '<li>жеке басын куәландыратын құжат:<ul><li>азаматтар үшін – жеке куәлік</li></ul></li>',
    );
  });

  test('has no documents heading when the version lists none', () => {
    const html2 = serviceSnippet(
      { service: { id: 'x', name: 'X' }, version: { ...registrationVersion, documents: [] } },
      ctx,
    );
    expect(html2).not.toContain('Қажетті құжаттар');
  });
});

describe('every snippet survives a CMS that strips scripts, iframes and styles', () => {
  test.each(snippets)('the $kind snippet has no script, iframe, class or style', ({ html }) => {
    expect(html).not.toMatch(/<script|<iframe|<style|<link|\sclass=|\sstyle=|\son[a-z]+=/i);
  });

  test.each(snippets)('the $kind snippet links only to absolute https, tel: and mailto: targets', ({ html }) => {
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !/^(https:\/\/qyzmet\.kz\/|tel:\+7\d{10}$|mailto:)/.test(h))).toEqual([]);
  });

  test.each(snippets)('the $kind snippet is valid HTML with its language marked', async ({ html }) => {
    expect(html.startsWith('<section lang="kk">')).toBe(true);
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });
});

describe('the act an embed names', () => {
  const older = { ...karagandaAct, id: '2008-a-6-342', date: '2008-08-11', number: 'А-6/342' };
  const sources = [
    { file: 'x', line: 1, act: older.id, appendix: 'a' },
    { file: 'y', line: 2, act: karagandaAct.id, appendix: 'b' },
  ];

  test('is the most recent of a merged office’s acts, whatever the order of its sources', () => {
    expect(latestAct(sources, [karagandaAct, older])?.number).toBe('32/08');
    expect(latestAct([...sources].reverse(), [older, karagandaAct])?.number).toBe('32/08');
  });

  test('is missing when no source act is known', () => {
    expect(latestAct([{ act: 'unknown' }], [karagandaAct])).toBeUndefined();
  });
});

describe('status before facts in a snippet', () => {
  test("a repealed act's status comes before the service's first fact", () => {
    const html = serviceSnippet(
      { service: { id: 'tirkeu', name: 'Тіркеу' }, version: registrationVersion, act: karagandaAct },
      ctx,
    );
    const status = html.indexOf('күшін жойған');
    expect(status).toBeGreaterThan(0);
    expect(status).toBeLessThan(html.indexOf('<strong>Нәтижесі:</strong>'));
  });
});
