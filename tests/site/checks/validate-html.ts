/**
 * html-validate with the recommended preset, as the site check runs it over every page; the same
 * validator is used to prove that it reports a deliberately broken page.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type ConfigData, HtmlValidate, type ResolvedConfig, StaticConfigLoader } from 'html-validate';

const config: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Kazakh text uses «» and — by design; the rule targets English typography.
    'no-raw-characters': 'off',
    // Long words in Kazakh act text are normal content, not a layout bug.
    'long-title': 'off',
  },
};

/**
 * The one configuration, resolved once. StaticConfigLoader resolves it again (presets merged, the element
 * table rebuilt, rule options schema-checked) for every page validated: half the CPU time of 5,900 pages.
 */
class ResolvedOnceLoader extends StaticConfigLoader {
  #resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;

  override getConfigFor(handle: string, configOverride?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    if (configOverride) return super.getConfigFor(handle, configOverride);
    this.#resolved ??= super.getConfigFor(handle);
    return this.#resolved;
  }
}

export function createHtmlValidator(): HtmlValidate {
  return new HtmlValidate(new ResolvedOnceLoader(config));
}

/** `path:line:column rule message` for every message html-validate gives on the page. */
export async function validateHtml(validator: HtmlValidate, path: string, html: string): Promise<string[]> {
  const report = await validator.validateString(html, path);
  return report.results.flatMap((r) => r.messages.map((m) => `${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
}

/**
 * Every page through html-validate, on every core at once: one worker thread per core, each with its
 * share of the pages (validating 5,000 pages one after the other took minutes on a 2-core machine).
 */
export async function validateSite(pages: ReadonlyMap<string, string>): Promise<string[]> {
  const workers = Math.max(1, Math.min(availableParallelism(), 8));
  const shares: [string, string][][] = Array.from({ length: workers }, () => []);
  for (const [i, page] of [...pages].entries()) shares[i % workers]?.push(page);
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<string[]>((resolve, reject) => {
          const worker = new Worker(new URL('./validate-html-worker.ts', import.meta.url), { workerData: share });
          worker.once('message', (errors: string[]) => resolve(errors));
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`html-validate worker exited ${code}`));
          });
        }),
    ),
  );
  return results.flat();
}
