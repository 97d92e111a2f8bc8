/**
 * Plain-HTML snippets for CMSs that strip `<iframe>` and `<script>` (most akimat sites do): semantic
 * markup only, no script, no class, no style, absolute links back to the source page and the data date,
 * so a pasted copy that goes stale still says how old it is and where the current version lives. A Russian
 * snippet (`ctx.lang`) has Russian labels and links to the Russian pages; the acts' text in it keeps its
 * Kazakh and says so with `lang="kk"`, as the site's own pages do.
 */
import { type Lang, localeHref, ui } from '../../i18n/index.ts';
import type { Act } from '../../schemas/act.ts';
import type { Office } from '../../schemas/office.ts';
import type { Service, ServiceVersion } from '../../schemas/service.ts';
import { formatDate } from '../kazakh.ts';
import { officeKindName, officeKindOrder } from '../names/office-kind.ts';
import { russianPlaceName, russianServiceName } from '../names/russian.ts';
import type { DistrictPage } from '../places/pages.ts';
import { groupDocuments } from '../services/document-groups.ts';
import { statusStatement } from '../sources/status-statement.ts';
import { type Fact, mainPhone, officeFacts, serviceFacts } from './facts.ts';
import { escapeHtml as esc } from './html.ts';
import { absoluteUrl, fullPath } from './urls.ts';

export interface SnippetContext {
  /** Site the links point to, e.g. `https://qyzmet.kz/`. */
  site: URL | string;
  /** The data's date (`2012-11-05`): the newest act read (`dataDateOf`), never the build's day. */
  dataDate: string;
  /** Level of the snippet's heading, to fit the host page's outline; sub-headings go one deeper. */
  headingLevel?: 2 | 3 | 4;
  /** Language of the labels and links; Kazakh by default. */
  lang?: Lang | undefined;
}

const langOf = (ctx: SnippetContext): Lang => ctx.lang ?? 'kk';

/** The acts' own text: marked Kazakh inside a Russian snippet, as it is. */
function source(text: string, ctx: SnippetContext): string {
  return langOf(ctx) === 'kk' ? esc(text) : `<span lang="kk">${esc(text)}</span>`;
}

/** A name as written, and in a Russian snippet its reviewed Russian name in brackets where one exists. */
function named(name: string, russian: string | null | undefined, ctx: SnippetContext): string {
  if (langOf(ctx) === 'kk' || !russian || russian === name) return source(name, ctx);
  return `${source(name, ctx)} (${esc(russian)})`;
}

function valueHtml(f: Fact, ctx: SnippetContext): string {
  const text = f.fromSource ? source(f.text, ctx) : esc(f.text);
  const value = f.href ? `<a href="${esc(f.href)}">${text}</a>` : text;
  return f.note ? `${value} (${source(f.note, ctx)})` : value;
}

function factParagraphs(facts: readonly Fact[], ctx: SnippetContext): string[] {
  return facts.map((f) => `<p><strong>${esc(f.label)}:</strong> ${valueHtml(f, ctx)}</p>`);
}

function footer(path: string, ctx: SnippetContext, act: Act | undefined): string {
  const t = ui(langOf(ctx));
  const url = absoluteUrl(path, ctx.site);
  const host = new URL(url).host;
  // The issuer is the act's (Kazakh) text; the year and number are said in the snippet's language.
  const law = act
    ? ` ${esc(t['embed.act'])} ${source(act.issuer, ctx)}, ${esc(t['act.yearNumber'](act.date.slice(0, 4), act.number))}.`
    : '';
  // A Russian date ends in «г.»: no second full stop after it.
  const date = formatDate(langOf(ctx), ctx.dataDate);
  return (
    `<p><small>${esc(t['embed.fullInfoAt'])} <a href="${esc(url)}">${esc(host)}</a>.${law}` +
    ` ${esc(t['embed.dataDate'])} ${esc(date)}${date.endsWith('.') ? '' : '.'} ${esc(t['embed.callFirst'])}</small></p>`
  );
}

/**
 * The status statement the site's pages open with (act, date, status), first under the heading: a pasted
 * snippet must not show a repealed act's figures as current, and it outlives the build.
 */
function statusLine(acts: readonly Act[], ctx: SnippetContext): string[] {
  if (acts.length === 0) return [];
  const s = statusStatement(acts, langOf(ctx));
  const href = absoluteUrl(localeHref(langOf(ctx), s.href), ctx.site);
  return [`<p><strong><a href="${esc(href)}">${esc(s.subject)}</a>: ${esc(s.status)}.</strong></p>`];
}

/** The acts a snippet speaks for: those given, else the one act it names. */
const actsOf = (input: { acts?: readonly Act[] | undefined; act?: Act | undefined }): readonly Act[] =>
  input.acts && input.acts.length > 0 ? input.acts : input.act ? [input.act] : [];

function wrap(lines: readonly string[], ctx: SnippetContext): string {
  return [`<section lang="${langOf(ctx)}">`, ...lines, '</section>'].join('\n');
}

export function officeSnippet(
  input: { office: Office; act?: Act | undefined; acts?: readonly Act[] | undefined },
  ctx: SnippetContext,
): string {
  const { office: o, act } = input;
  const lang = langOf(ctx);
  const h = ctx.headingLevel ?? 2;
  const place = o.district ? `${o.district}, ${o.region}` : o.region;
  return wrap(
    [
      `<h${h}>${source(o.name, ctx)}</h${h}>`,
      ...statusLine(actsOf(input), ctx),
      `<p>${esc(officeKindName(o.kind, lang).one)}. ${source(place, ctx)}.</p>`,
      ...factParagraphs(officeFacts(o, lang), ctx),
      footer(fullPath('office', o.id, lang), ctx, act),
    ],
    ctx,
  );
}

function officeItem(o: Office, ctx: SnippetContext): string {
  const lang = langOf(ctx);
  const phone = mainPhone(o, lang);
  const parts = [
    `<a href="${esc(absoluteUrl(fullPath('office', o.id, lang), ctx.site))}">${source(o.name, ctx)}</a>`,
    ...(o.address ? [source(o.postcode ? `${o.postcode}, ${o.address}` : o.address, ctx)] : []),
    ...(phone ? [`${esc(phone.label)}: ${valueHtml(phone, ctx)}`] : []),
  ];
  return `<li>${parts.join('<br>')}</li>`;
}

export function districtSnippet(
  input: { district: DistrictPage; acts?: readonly Act[] | undefined },
  ctx: SnippetContext,
): string {
  const { district: d } = input;
  const lang = langOf(ctx);
  const t = ui(lang);
  const h = ctx.headingLevel ?? 2;
  const groups = officeKindOrder.flatMap((kind) => {
    const offices = d.offices.filter((o) => o.kind === kind);
    if (offices.length === 0) return [];
    return [
      `<h${h + 1}>${esc(officeKindName(kind, lang).many)} (${offices.length})</h${h + 1}>`,
      '<ul>',
      ...offices.map((o) => officeItem(o, ctx)),
      '</ul>',
    ];
  });
  return wrap(
    [
      `<h${h}>${named(d.name, russianPlaceName(d.id)?.ru, ctx)}: ${esc(t['embed.districtHeading'])}</h${h}>`,
      ...statusLine(actsOf(input), ctx),
      `<p>${named(d.region, russianPlaceName(d.regionId)?.ru, ctx)}.</p>`,
      ...groups,
      footer(fullPath('district', d.id, lang), ctx, undefined),
    ],
    ctx,
  );
}

export function serviceSnippet(
  input: { service: Pick<Service, 'id' | 'name'>; version: ServiceVersion; act?: Act | undefined },
  ctx: SnippetContext,
): string {
  const { service, version: v, act } = input;
  const lang = langOf(ctx);
  const t = ui(lang);
  const h = ctx.headingLevel ?? 2;
  const { required, conditional, remarks } = groupDocuments(v.documents);
  // Documents are legal text: in a Russian snippet the list keeps its Kazakh, marked as such.
  const documents = [...required, ...conditional].map((doc) =>
    doc.items.length > 0
      ? `<li>${esc(doc.text)}<ul>${doc.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul></li>`
      : `<li>${esc(doc.text)}</li>`,
  );
  const list = lang === 'kk' ? '<ul>' : '<ul lang="kk">';
  const russian = russianServiceName(service.id)?.ru;
  const heading =
    russian && lang === 'ru'
      ? `${named(service.name, `${russian}, ${t['names.siteTranslation']}`, ctx)}`
      : source(service.name, ctx);
  return wrap(
    [
      `<h${h}>${heading}</h${h}>`,
      ...statusLine(actsOf(input), ctx),
      ...factParagraphs(serviceFacts(v, lang), ctx),
      ...(documents.length > 0
        ? [`<h${h + 1}>${esc(t['embed.documents'])}</h${h + 1}>`, list, ...documents, '</ul>']
        : []),
      ...remarks.map((r) => `<p>${source(r.text, ctx)}</p>`),
      footer(fullPath('service', service.id, lang), ctx, act),
    ],
    ctx,
  );
}
