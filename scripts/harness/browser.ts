/**
 * Debian's Chromium driven by playwright-core, with no network: every request that is not to 127.0.0.1
 * is aborted (map tiles included), and the pages must still work. Shared by the site tests and the
 * benches (scripts/bench), which import it here rather than from each other.
 */
import { type Browser, type BrowserContext, type BrowserServer, chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const launchOptions = {
  executablePath: chromiumPath,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions);
}

/**
 * One Chromium for many clients (the site tests' workers): they `connectBrowser(server.wsEndpoint())` instead
 * of each starting a browser of its own, which takes seconds on a loaded machine.
 */
export async function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions);
}

/** A client of a browser started by launchBrowserServer; its `close()` closes its own contexts only. */
export async function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}

/** A context whose requests to anything but 127.0.0.1 are aborted; `blocked` lists what was refused. */
export async function offlineContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await browser.newContext({ locale: 'kk-KZ', timezoneId: 'Asia/Almaty', ...options });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    blocked.push(url.href);
    return route.abort('internetdisconnected');
  });
  return { context, blocked };
}
