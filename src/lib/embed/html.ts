/** Escaping for the HTML that embeds hand out as text (snippets and iframe code). */
const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // Phones are shown with non-breaking spaces and hyphens; as entities they survive a CMS editor that
  // normalises whitespace and dashes.
  '\u00a0': '&nbsp;',
  '\u2011': '&#8209;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\u00a0\u2011]/g, (c) => entities[c] ?? c);
}
