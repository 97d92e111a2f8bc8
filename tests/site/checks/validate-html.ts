/**
 * html-validate with the recommended preset, as the site check runs it over every page; the same
 * validator is used to prove that it reports a deliberately broken page.
 */
import { HtmlValidate } from 'html-validate';

export function createHtmlValidator(): HtmlValidate {
  return new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Kazakh text uses «» and — by design; the rule targets English typography.
      'no-raw-characters': 'off',
      // Long words in Kazakh act text are normal content, not a layout bug.
      'long-title': 'off',
    },
  });
}

/** `path:line:column rule message` for every message html-validate gives on the page. */
export async function validateHtml(validator: HtmlValidate, path: string, html: string): Promise<string[]> {
  const report = await validator.validateString(html, path);
  return report.results.flatMap((r) => r.messages.map((m) => `${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
}
