/**
 * The review page opened with a review id no article can have (a path, capitals, a reserved
 * name, a pasted page): a notice in the page's language, with the list of reviews below it,
 * instead of asking the server for something else and crashing on the answer.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer } from '../../src/cli/reviewServer';
import { browserUnavailable, launchBrowser, openPage, screenshot } from '../helpers/browser';
import { runKg } from '../helpers/cli';
import { FIXTURE_ARTICLE, graphDataCopy } from '../helpers/ingest';
import { REPO_ROOT } from '../helpers/shipped';

const unavailable = browserUnavailable();

describe.skipIf(unavailable !== null)('the review page, given an impossible review id', () => {
  let server: { url: string; close: () => Promise<void> } | undefined;
  let browser: Browser | undefined;
  const title = 'Fictional test article';

  beforeAll(async () => {
    const dataDir = graphDataCopy();
    const ingested = runKg('ingest', FIXTURE_ARTICLE, '--id', 'fixture', '--title-en', title, '--data', dataDir);
    if (ingested.code !== 0) throw new Error(ingested.err);
    server = await startReviewServer({ dataDir, distDir: join(REPO_ROOT, 'dist'), port: 0 });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('says so in both languages and lists the reviews there are', async () => {
    const { page, consoleErrors } = await openPage(browser!, server!.url);
    for (const id of ['../../graph.json', '..%2F..%2Fgraph.json', '/api/reviews', 'Fixture', 'constructor', 'a'.repeat(101), 'fixture?x=1']) {
      await page.goto(`${server!.url}?review=${encodeURIComponent(id)}&lang=en`);
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent(), { message: id }).toContain('to review: an article’s id has only lower-case letters without accents, digits and hyphens');
      expect(await alert.textContent()).toContain(`There is no article “${id.slice(0, 59)}`);
      await page.getByRole('link', { name: title }).waitFor();
      expect(await page.locator('body').textContent()).not.toContain('Something went wrong');
    }
    await page.goto(`${server!.url}?review=${encodeURIComponent('../../graph.json')}&lang=en`);
    await page.getByRole('link', { name: title }).waitFor();
    await screenshot(page, 'review-impossible-id-en');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(
      'Không có bài nào mang mã “../../graph.json” để duyệt: mã của một bài chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối (ví dụ “eu-norway-spd”).',
    );
    await screenshot(page, 'review-impossible-id-vi');
    expect(consoleErrors).toEqual([]);
  });
});
