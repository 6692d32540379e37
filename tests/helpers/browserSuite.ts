/** A browser test suite's fixtures: the production build served, Chromium launched, both closed after. */
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchBrowser, startServer } from './browser';

export function browserSuite(): { origin: () => string; browser: () => Browser } {
  let server: PreviewServer | undefined;
  let origin = '';
  let browser: Browser | undefined;
  beforeAll(async () => {
    ({ server, url: origin } = await startServer());
    browser = await launchBrowser();
  });
  // Each test's pages are closed after it: a page left open holds its WebGL contexts and workers to the end of the file.
  afterEach(async () => {
    await Promise.all(browser?.contexts().map((context) => context.close()) ?? []);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    origin: () => origin,
    browser: () => {
      if (!browser) throw new Error('the browser is not launched yet');
      return browser;
    },
  };
}
