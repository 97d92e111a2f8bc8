/**
 * A service page in Chromium: choosing a region, then a district, leads to that district's offices that
 * deliver the service and to its complaint route resolved to real offices, as the open data says.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { offlineContext } from '../../scripts/harness/browser.ts';
import { russianPlaceName } from '../../src/lib/names/russian.ts';
import type { Office } from '../../src/schemas/office.ts';
import type { Service } from '../../src/schemas/service.ts';
import { useServedSite } from './browser.ts';
import { assertBuilt, readOpenData } from './dist.ts';

const site = useServedSite();

let services: Service[];
let offices: Office[];

beforeAll(async () => {
  assertBuilt();
  services = await readOpenData<Service>('services.json');
  offices = await readOpenData<Office>('offices.json');
});

describe('where to apply, district by district', () => {
  test('Ақкөл ауданы on the unemployment certificate page: its department, then the regional department and the akim apparatus', async () => {
    const service = services.find((s) => s.name === 'Жұмыссыз азаматтарға анықтама беру');
    const national = service?.versions.find((v) => v.region === null);
    const route = national?.complaintOffices?.find((c) => c.district === 'akkol-audany');
    expect(route?.steps.map((s) => s.step)).toEqual([1, 2, 3]);
    const nameOf = (id: string) => offices.find((o) => o.id === id)?.name;
    const expected = (route?.steps ?? []).flatMap((s) => s.officeIds.map(nameOf));

    const { context, blocked } = await offlineContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.origin}/services/${service?.id}/`);
    await page.getByText('Ақмола облысы', { exact: false }).first().click();
    await page.getByRole('link', { name: 'Ақкөл ауданы', exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/services/${service?.id}/akkol-audany/`);

    const heading = await page.locator('h1').textContent();
    expect(heading).toContain('Ақкөл ауданы');
    const applyHere = await page.locator('section h3 + .card h3 a, section .card h3 a').allTextContents();
    expect(applyHere.some((t) => t.includes('Ақкөл ауданының жұмыспен қамту'))).toBe(true);
    const complaintOffices = await page.locator('ol.steps .card p a').allTextContents();
    for (const name of expected) expect(complaintOffices).toContain(name);
    // The department's phone is a working tel: link on the page.
    expect(await page.locator('a[href="tel:+77163821048"]').count()).toBeGreaterThan(0);
    expect(blocked).toEqual([]);
    await context.close();
  });
});

describe('the same way in Russian', () => {
  test('from the Russian service page to Ақкөл ауданы: Russian pages all the way, names and addresses as written', async () => {
    const service = services.find((s) => s.name === 'Жұмыссыз азаматтарға анықтама беру');
    const { context, blocked } = await offlineContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.origin}/ru/services/${service?.id}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    // The chooser names regions by their reviewed Russian names on Russian pages.
    const region = russianPlaceName('akmola-oblysy')?.ru ?? 'Ақмола облысы';
    await page.locator('summary', { hasText: region }).first().click();
    await page.locator(`a[href="/ru/services/${service?.id}/akkol-audany/"]`).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/ru/services/${service?.id}/akkol-audany/`);

    // The h1 is the reviewed Russian names (issue 18); the official Kazakh name is the line under it.
    expect(await page.locator('h1').textContent()).toContain(
      russianPlaceName('akkol-audany')?.ru ?? 'no reviewed name',
    );
    expect(await page.locator('h1 + .official-name [lang="kk"]').textContent()).toBe(service?.name);
    expect(await page.locator('#where').textContent()).toBe('Куда обращаться');
    const office = page.locator('.where .apply-office h3 a').first();
    expect(await office.getAttribute('href')).toMatch(/^\/ru\/offices\//);
    // The office's name is the act's text: marked Kazakh inside the Russian page.
    expect(await office.locator('[lang="kk"]').textContent()).toContain('Ақкөл ауданының жұмыспен қамту');
    expect(await page.locator('a[href="tel:+77163821048"]').count()).toBeGreaterThan(0);
    expect(blocked).toEqual([]);
    await context.close();
  });
});
