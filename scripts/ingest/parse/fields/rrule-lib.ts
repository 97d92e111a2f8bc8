/**
 * The `rrule` package ships CommonJS under `main` and extension-less ESM under `module`, so Node's native
 * ESM loader finds neither `import { RRule }` nor a default export; `require` reads it in Node and Vitest.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { RRule } = require('rrule') as typeof import('rrule');

/**
 * The rule as the library writes it back (`FREQ=MONTHLY;BYDAY=+2TH,+4TH`), or null when it reads differently.
 * No RRule is built: that would take today's date as DTSTART and make the parser impure.
 */
export function checkRrule(rule: string): string | null {
  try {
    const options = RRule.parseString(rule);
    const written = RRule.optionsToString(options).replace(/^RRULE:/u, '');
    return written === rule ? written : null;
  } catch {
    return null;
  }
}
