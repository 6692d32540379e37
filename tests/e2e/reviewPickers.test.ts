/**
 * The review page against a graph of ten thousand more entities: its pickers find one by a query
 * typed without diacritics, and the time from a key to the hits on screen is measured (written to
 * tests/artifacts/review-picker-10k.json, not asserted). Selections dragged from inside one mark to
 * inside another, or into plain text, land on exactly the words selected. What the reviewer adds
 * is undone with Ctrl+Z, changed by adding it again, rejected and restored like a proposal.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer } from '../../src/cli/reviewServer';
import { bigGraphDataCopy, syntheticName } from '../helpers/bigGraphData';
import { ARTIFACTS, browserUnavailable, launchBrowser, openPage, screenshot } from '../helpers/browser';
import { runKg } from '../helpers/cli';
import { FIXTURE_ARTICLE } from '../helpers/ingest';
import { dragSelect, readReviewFile, spanOf } from '../helpers/reviewPage';
import { REPO_ROOT } from '../helpers/shipped';

const unavailable = browserUnavailable();
const SYNTHETIC = 10_000;

describe.skipIf(unavailable !== null)('the review page with 10,000 more entities', () => {
  let server: { url: string; close: () => Promise<void> } | undefined;
  let browser: Browser | undefined;
  let dataDir = '';
  let text = '';

  beforeAll(async () => {
    dataDir = bigGraphDataCopy(SYNTHETIC);
    const ingested = runKg('ingest', FIXTURE_ARTICLE, '--id', 'fixture', '--title-en', 'Fictional', '--data', dataDir);
    if (ingested.code !== 0) throw new Error(ingested.err);
    text = readFileSync(join(dataDir, 'sources', 'fixture.txt'), 'utf8');
    server = await startReviewServer({ dataDir, distDir: join(REPO_ROOT, 'dist'), port: 0 });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds an entity by its name without diacritics, and a drag from mark to mark makes a mention of exactly those words', async () => {
    const { page, consoleErrors } = await openPage(browser!, server!.url);
    await page.goto(`${server!.url}?review=fixture&lang=en`);
    await page.locator('li.proposal').first().waitFor();
    // From inside "Nhật Bản" (a new entity's mark) to inside "Việt Nam" (a known entity's mark).
    const from = spanOf(text, 'Nhật Bản', 1);
    const to = spanOf(text, 'Việt Nam', 1);
    const span = { start: from.start + 3, end: to.start + 4, quote: text.slice(from.start + 3, to.start + 4) };
    await dragSelect(page, span);
    const panel = page.locator('.selection-panel');
    await expect.poll(() => panel.locator('.selected q').textContent()).toBe(span.quote);
    await panel.getByRole('button', { name: 'Mention of…' }).click();
    const box = panel.getByRole('combobox');

    // Typed without diacritics in the Vietnamese name, shown by the English one: the time from the query to its hits on screen, the first one included (the index is built while the page is idle).
    const timings: { query: string; ms: number; first: string }[] = [];
    for (const i of [1234, 9876, 42, 5000, 7777]) {
      const query = syntheticName(i)
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[đĐ]/g, 'd')
        .toLowerCase();
      const ms = await page.evaluate(
        ([q, expected]) =>
          new Promise<number>((done) => {
            const input = document.querySelector<HTMLInputElement>('.selection-panel input[role="combobox"]')!;
            const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
            const started = performance.now();
            setValue.call(input, q);
            input.dispatchEvent(new Event('input', { bubbles: true }));
            const check = () => {
              const first = document.querySelector('.selection-panel [role="option"] .hit-label');
              if (first?.textContent === expected) done(performance.now() - started);
              else requestAnimationFrame(check);
            };
            check();
          }),
        [query, `Synthetic body ${i}`] as const,
      );
      timings.push({ query, ms: Math.round(ms * 10) / 10, first: `Synthetic body ${i}` });
    }
    await screenshot(page, 'review-picker-10k');
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'review-picker-10k.json'), `${JSON.stringify({ entities: SYNTHETIC + 71, timings }, null, 2)}\n`);

    await box.fill('nhat ban');
    // Found by its Vietnamese name, listed by its English one.
    await panel.getByRole('option', { name: /^Japan .*Nhật Bản/ }).click();
    await panel.getByRole('button', { name: 'Add the mention' }).click();
    await expect.poll(() => readReviewFile(dataDir, 'fixture').decisions.length).toBe(1);
    expect(readReviewFile(dataDir, 'fixture').decisions[0]).toMatchObject({ action: 'add', add: { type: 'mention', of: { candidate: 'nhat-ban' }, span } });
    // Added like any decision, taken back like any: Ctrl+Z.
    await expect.poll(() => page.locator('li.proposal.added').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await expect.poll(() => readReviewFile(dataDir, 'fixture').decisions.length).toBe(0);
    await expect.poll(() => page.locator('li.proposal.added').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('changes a relation it added by adding it again, and rejects it', async () => {
    const { page, consoleErrors } = await openPage(browser!, server!.url);
    await page.goto(`${server!.url}?review=fixture&lang=en`);
    await page.locator('li.proposal').first().waitFor();
    const evidence = spanOf(text, 'Nhật Bản ủng hộ Cấu trúc an ninh khu vực do ASEAN dẫn dắt');
    await dragSelect(page, evidence);
    const form = page.locator('.selection-panel form.relation-form');
    await form.getByRole('radio', { name: 'supports', exact: true }).check();
    await form.getByRole('button', { name: 'Add the relation' }).click();
    const card = page.locator('li.proposal.added', { hasText: 'supports' });
    await card.waitFor();
    const target = (await card.getAttribute('data-target'))!;
    expect(target).toMatch(/^relation:added-\d+$/);
    await card.getByRole('button', { name: 'Edit' }).click();
    await card.getByRole('radio', { name: 'contributes to', exact: true }).check();
    await card.getByRole('button', { name: 'Save the changes' }).click();
    await expect.poll(() => readReviewFile(dataDir, 'fixture').decisions.at(-1)).toMatchObject({ target, action: 'add', add: { type: 'relation', predicate: 'contributes_to', evidence: [evidence] } });
    await page.locator(`li.proposal[data-target="${target}"]`).getByRole('button', { name: 'Reject' }).click();
    await expect.poll(() => readReviewFile(dataDir, 'fixture').decisions.at(-1)).toMatchObject({ target, action: 'reject' });
    await expect.poll(() => page.locator(`li.proposal[data-target="${target}"]`).getByRole('button', { name: 'Restore' }).count()).toBe(1);
    expect(consoleErrors).toEqual([]);
  });

  it('takes a selection that ends in plain text, and trims the spaces it caught', async () => {
    const { page } = await openPage(browser!, server!.url);
    await page.goto(`${server!.url}?review=fixture&lang=en`);
    await page.locator('li.proposal').first().waitFor();
    const words = spanOf(text, 'Bộ trưởng Quốc phòng Nhật Bản và ');
    await dragSelect(page, words);
    const panel = page.locator('.selection-panel');
    await expect.poll(() => panel.locator('.selected q').textContent()).toBe('Bộ trưởng Quốc phòng Nhật Bản và');
    await panel.getByRole('button', { name: 'New entity…' }).click();
    await expect.poll(() => panel.getByLabel('Vietnamese label').inputValue()).toBe('Bộ trưởng Quốc phòng Nhật Bản và');
  });
});
