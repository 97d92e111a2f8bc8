/**
 * Plain-HTML snippets for CMSs that strip `<iframe>` and `<script>` (most akimat sites do): semantic
 * markup only, no script, no class, no style, absolute links back to the source page and the data date,
 * so a pasted copy that goes stale still says how old it is and where the current version lives.
 */
import type { Act } from '../schemas/act.ts';
import type { Office } from '../schemas/office.ts';
import type { Service, ServiceVersion } from '../schemas/service.ts';
import { actStatusText } from './act-status.ts';
import { groupDocuments } from './document-groups.ts';
import { type Fact, mainPhone, officeFacts, serviceFacts } from './embed-facts.ts';
import { escapeHtml as esc } from './embed-html.ts';
import { absoluteUrl, fullPath } from './embed-urls.ts';
import { formatDateKk } from './kazakh.ts';
import { officeKindLabel, officeKindOrder } from './office-kind.ts';
import type { DistrictPage } from './places.ts';
import { actLabel } from './source-link.ts';

export interface SnippetContext {
  /** Site the links point to, e.g. `https://qyzmet.kz/`. */
  site: URL | string;
  /** ISO day the data were built into the site (`2026-03-12`). */
  dataDate: string;
  /** Level of the snippet's heading, to fit the host page's outline; sub-headings go one deeper. */
  headingLevel?: 2 | 3 | 4;
}

function valueHtml(f: Fact): string {
  const text = esc(f.text);
  const value = f.href ? `<a href="${esc(f.href)}">${text}</a>` : text;
  return f.note ? `${value} (${esc(f.note)})` : value;
}

function factParagraphs(facts: readonly Fact[]): string[] {
  return facts.map((f) => `<p><strong>${esc(f.label)}:</strong> ${valueHtml(f)}</p>`);
}

function footer(path: string, ctx: SnippetContext, act: Act | undefined): string {
  const url = absoluteUrl(path, ctx.site);
  const host = new URL(url).host;
  const source = act ? ` Құқықтық акт: ${esc(actLabel(act))}.` : '';
  return (
    `<p><small>Толық ақпарат: <a href="${esc(url)}">${esc(host)}</a>.${source}` +
    ` Деректер күні: ${esc(formatDateKk(ctx.dataDate))}. Барар алдында телефон арқылы нақтылаңыз.</small></p>`
  );
}

/** The act's status before any fact: a pasted snippet must not show a repealed act's figures as current. */
function statusLine(act: Act | undefined): string[] {
  return act ? [`<p><strong>${esc(actLabel(act))}: ${esc(actStatusText(act))}.</strong></p>`] : [];
}

function wrap(lines: readonly string[]): string {
  return ['<section lang="kk">', ...lines, '</section>'].join('\n');
}

export function officeSnippet(input: { office: Office; act?: Act | undefined }, ctx: SnippetContext): string {
  const { office: o, act } = input;
  const h = ctx.headingLevel ?? 2;
  const place = o.district ? `${o.district}, ${o.region}` : o.region;
  return wrap([
    `<h${h}>${esc(o.name)}</h${h}>`,
    `<p>${esc(officeKindLabel[o.kind].one)}. ${esc(place)}.</p>`,
    ...statusLine(act),
    ...factParagraphs(officeFacts(o)),
    footer(fullPath('office', o.id), ctx, act),
  ]);
}

function officeItem(o: Office, ctx: SnippetContext): string {
  const phone = mainPhone(o);
  const parts = [
    `<a href="${esc(absoluteUrl(fullPath('office', o.id), ctx.site))}">${esc(o.name)}</a>`,
    ...(o.address ? [esc(o.postcode ? `${o.postcode}, ${o.address}` : o.address)] : []),
    ...(phone ? [`${esc(phone.label)}: ${valueHtml(phone)}`] : []),
  ];
  return `<li>${parts.join('<br>')}</li>`;
}

export function districtSnippet(input: { district: DistrictPage }, ctx: SnippetContext): string {
  const { district: d } = input;
  const h = ctx.headingLevel ?? 2;
  const groups = officeKindOrder.flatMap((kind) => {
    const offices = d.offices.filter((o) => o.kind === kind);
    if (offices.length === 0) return [];
    return [
      `<h${h + 1}>${esc(officeKindLabel[kind].many)} (${offices.length})</h${h + 1}>`,
      '<ul>',
      ...offices.map((o) => officeItem(o, ctx)),
      '</ul>',
    ];
  });
  return wrap([
    `<h${h}>${esc(d.name)}: әлеуметтік қорғау мекемелері</h${h}>`,
    `<p>${esc(d.region)}.</p>`,
    ...groups,
    footer(fullPath('district', d.id), ctx, undefined),
  ]);
}

export function serviceSnippet(
  input: { service: Pick<Service, 'id' | 'name'>; version: ServiceVersion; act?: Act | undefined },
  ctx: SnippetContext,
): string {
  const { service, version: v, act } = input;
  const h = ctx.headingLevel ?? 2;
  const { required, conditional, remarks } = groupDocuments(v.documents);
  const documents = [...required, ...conditional].map((doc) =>
    doc.items.length > 0
      ? `<li>${esc(doc.text)}<ul>${doc.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul></li>`
      : `<li>${esc(doc.text)}</li>`,
  );
  return wrap([
    `<h${h}>${esc(service.name)}</h${h}>`,
    ...statusLine(act),
    ...factParagraphs(serviceFacts(v)),
    ...(documents.length > 0 ? [`<h${h + 1}>Қажетті құжаттар</h${h + 1}>`, '<ul>', ...documents, '</ul>'] : []),
    ...remarks.map((r) => `<p>${esc(r.text)}</p>`),
    footer(fullPath('service', service.id), ctx, act),
  ]);
}
