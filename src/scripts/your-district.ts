/**
 * The reader's district, remembered on this device only: a district page or a service x district answer
 * stores its district id under `qyzmet:district` (nothing is sent anywhere), and the "your district" boxes
 * (src/components/YourDistrict.astro) offer its answers. Storage may be refused (private modes, policies):
 * then nothing is shown and the page stays as the server wrote it.
 */
import { districtHref } from '../lib/places/pages.ts';
import { serviceDistrictHref } from '../lib/services/districts.ts';

const KEY = 'qyzmet:district';

function read(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

function write(id: string | null): void {
  try {
    if (id) localStorage.setItem(KEY, id);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage refused: the choice is simply not remembered.
  }
}

type Districts = Record<string, [string, number[]]>;
type Services = [string, string][];

function parse<T>(text: string | undefined, fallback: T): T {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

function offer(box: HTMLElement, id: string): void {
  const districts = parse<Districts>(box.dataset.districts, {});
  const services = parse<Services>(box.dataset.services, []);
  const entry = districts[id];
  if (!entry) return;
  const prefix = box.dataset.prefix ?? '';
  const [name, answered] = entry;
  const nameLink = box.querySelector<HTMLAnchorElement>('[data-name]');
  const list = box.querySelector<HTMLUListElement>('[data-links]');
  const none = box.querySelector<HTMLElement>('[data-none]');
  if (!nameLink || !list || !none) return;
  nameLink.textContent = name;
  const only = services.length === 1 ? services[0] : undefined;
  nameLink.href =
    only && answered.length > 0 ? prefix + serviceDistrictHref(only[0], id) : prefix + districtHref({ id });
  list.replaceChildren(
    ...(services.length > 1 ? answered : []).flatMap((i) => {
      const service = services[i];
      if (!service) return [];
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = prefix + serviceDistrictHref(service[0], id);
      a.textContent = service[1];
      li.append(a);
      return [li];
    }),
  );
  list.hidden = list.children.length === 0;
  none.hidden = services.length === 0 || answered.length > 0;
  box.hidden = false;
}

const marked = document.querySelector<HTMLElement>('[data-remember-district]')?.dataset.rememberDistrict;
if (marked) write(marked);

const chosen = read();
for (const box of document.querySelectorAll<HTMLElement>('[data-your-district]')) {
  if (chosen) offer(box, chosen);
  box.querySelector('[data-forget]')?.addEventListener('click', () => {
    write(null);
    box.hidden = true;
  });
}
