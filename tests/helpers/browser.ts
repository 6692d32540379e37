/**
 * The real-browser harness: the production build served on 127.0.0.1 and Debian's Chromium
 * driven by playwright-core. Requests leaving the origin are blocked and recorded, so a test
 * can assert the page needs nothing from outside.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { REPO_ROOT } from './shipped';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = join(REPO_ROOT, 'tests', 'artifacts');

/** Why the browser tests cannot run here, or null when they can. In CI a missing browser is a failure. */
export function browserUnavailable(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const message = `no Chromium at ${CHROMIUM}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH)`;
  if (process.env.CI) throw new Error(`${message}; CI must run the browser tests`);
  return message;
}

export async function startServer(): Promise<{ server: PreviewServer; url: string }> {
  if (!existsSync(join(REPO_ROOT, 'dist', 'index.html'))) throw new Error('no production build in dist/: run npm run build first');
  const server = await preview({ root: REPO_ROOT, logLevel: 'silent', preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server reported no URL');
  return { server, url };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}

/** `failedRequests`: requests to the page's own origin that failed or were answered with an error status (a missing favicon). */
export type WatchedPage = { page: Page; consoleErrors: string[]; foreignRequests: string[]; failedRequests: string[] };

export async function openPage(browser: Browser, origin: string, width = 1400, height = 900): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'en-GB', acceptDownloads: true });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const failedRequests: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    const url = new URL(request.url());
    if (url.host === new URL(origin).host) failedRequests.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  const host = new URL(origin).host;
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.host === host || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    foreignRequests.push(url.href);
    return route.abort();
  });
  return { page, consoleErrors, foreignRequests, failedRequests };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Counts the canvas area's pixels that differ from its background, from a real screenshot
 * (WebGL buffers cannot be read back once presented, so the screen is what we measure).
 */
export async function paintedPixels(page: Page): Promise<number> {
  const canvas = page.locator('.graph-canvas');
  const png = (await canvas.screenshot({ style: '.canvas-controls, .reader { visibility: hidden !important; }' })).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const probe = document.createElement('canvas');
    probe.width = image.width;
    probe.height = image.height;
    const ctx = probe.getContext('2d');
    if (!ctx) return 0;
    ctx.drawImage(image, 0, 0);
    const pixels = ctx.getImageData(0, 0, probe.width, probe.height).data;
    const [r0, g0, b0] = [pixels[0], pixels[1], pixels[2]];
    let painted = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i] !== r0 || pixels[i + 1] !== g0 || pixels[i + 2] !== b0) painted += 1;
    }
    return painted;
  }, png);
}

/** Resolves once sigma has drawn the graph: its canvases exist and the canvas area shows ink. */
export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForSelector('.graph-canvas canvas.sigma-nodes', { timeout: 30_000 });
  for (let attempt = 0; attempt < 60; attempt++) {
    if ((await paintedPixels(page)) > 2000) return;
    await page.waitForTimeout(250);
  }
  throw new Error('the graph canvas stayed blank');
}
