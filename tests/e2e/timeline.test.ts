/**
 * The timeline strip in Chromium on the shipped graph: drawn in both languages, brushed with the
 * mouse and the keyboard, and one filter with the date boxes and the URL.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, browserUnavailable, openPage, screenshot, waitForGraph, type WatchedPage } from '../helpers/browser';
import { browserSuite } from '../helpers/browserSuite';

const unavailable = browserUnavailable();

describe.skipIf(unavailable !== null)('the timeline strip in Chromium', () => {
  const suite = browserSuite();

  async function open(query: string): Promise<WatchedPage> {
    const watched = await openPage(suite.browser(), suite.origin());
    await watched.page.goto(`${suite.origin()}${query}`);
    await waitForGraph(watched.page);
    await watched.page.waitForSelector('.timeline-strip svg');
    return watched;
  }
  const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
  /** The strip alone, at twice the size, for a close look beside the full-page screenshot. */
  const stripShot = (page: Page, name: string) => page.locator('.timeline-strip').screenshot({ path: join(ARTIFACTS, `${name}-strip.png`), scale: 'device' });
  /** Each bar's tooltip, first line (the lines after it break the count down by colour). */
  const barTitles = async (page: Page) => (await page.locator('.timeline-bin title').allTextContents()).map((title) => title.split('\n')[0]);

  it('shows the relations by year, the inferred ones apart, and the two articles as marks, in English and Vietnamese', async () => {
    const { page, consoleErrors } = await open('?lang=en');
    const titles = await barTitles(page);
    expect(titles).toContain('2019: 71 relations, 67 of them with an inferred date');
    expect(titles).toContain('2024: 39 relations, 6 of them with an inferred date');
    expect(titles).toContain('1990: 1 relation');
    const marks = await page.locator('.timeline-mark title').allTextContents();
    expect(marks).toEqual([
      "Viet Nam's Minister of National Defence meets the EU High Representative for Foreign Affairs and Security Policy — 2019 (date inferred)",
      'The European Union and Norway sign a new Security and Defence Partnership — May 2024',
    ]);
    await screenshot(page, 'timeline-01-en');
    await stripShot(page, 'timeline-01-en');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => page.locator('.timeline-head h2').textContent()).toBe('Dòng thời gian');
    expect(await barTitles(page)).toContain('2019: 71 quan hệ, trong đó 67 có ngày suy luận');
    expect(await page.locator('.timeline-keys').textContent()).toContain('ngày suy luận');
    await screenshot(page, 'timeline-02-vi');
    await stripShot(page, 'timeline-02-vi');
    expect(consoleErrors).toEqual([]);
  });

  it('dragging across the years sets the same from/to as the date boxes and the URL', async () => {
    const { page, consoleErrors } = await open('?lang=en');
    const svg = page.locator('.timeline-strip svg');
    const box = await svg.boundingBox();
    if (!box) throw new Error('no timeline chart');
    const binX = async (year: string) => {
      const rect = page.locator('.timeline-bin', { has: page.locator('title', { hasText: `${year}:` }) }).locator('rect').first();
      const r = await rect.boundingBox();
      if (!r) throw new Error(`no bin for ${year}`);
      return r.x + r.width / 2;
    };
    const y = box.y + 30;
    await page.mouse.move(await binX('2016'), y);
    await page.mouse.down();
    await page.mouse.move(await binX('2018'), y, { steps: 4 });
    await page.mouse.move(await binX('2020'), y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => param(page, 'from')).toBe('2016');
    expect(param(page, 'to')).toBe('2020');
    // The filter panel shows the same range: one filter, two controls.
    await expect.poll(() => page.getByLabel('From', { exact: true }).inputValue()).toBe('2016');
    expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe('2020');
    await page.waitForTimeout(400);
    await screenshot(page, 'timeline-03-brushed');
    await stripShot(page, 'timeline-03-brushed');

    // Keyboard: the end handle moves one year at a time.
    await page.getByRole('slider', { name: 'End of the period' }).focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => param(page, 'to')).toBe('2024');
    expect(await page.getByRole('slider', { name: 'End of the period' }).getAttribute('aria-valuetext')).toBe('2024');
    // The period moves as a whole, keeping its width.
    await page.getByRole('group', { name: /Chosen period/ }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => param(page, 'from')).toBe('2015');
    expect(param(page, 'to')).toBe('2023');

    // The back button undoes the brush, the clear button removes it.
    await page.goBack();
    await expect.poll(() => param(page, 'from')).toBe('2016');
    await page.getByRole('button', { name: 'Clear the period' }).click();
    await expect.poll(() => param(page, 'from')).toBeNull();
    expect(param(page, 'to')).toBeNull();
    expect(consoleErrors).toEqual([]);
  });

  it('a range typed in a URL is drawn on the strip', async () => {
    const { page } = await open('?lang=en&from=2019-06&to=2024');
    const brush = page.getByRole('group', { name: /Chosen period/ });
    expect(await brush.getAttribute('aria-label')).toBe('Chosen period: 2019 – 2024');
    await screenshot(page, 'timeline-04-from-url');
  });

  it('"What changed?" lists and highlights what the 2024 article adds to the 2019 one, and keeps it in the URL', async () => {
    const { page, consoleErrors } = await open('?lang=en');
    await page.getByRole('button', { name: 'What changed?' }).click();
    const panel = page.getByRole('region', { name: 'What changed?' });
    await expect.poll(() => panel.locator('h3').allTextContents()).toEqual(['23 new entities', '39 new relations', 'New evidence for 1 relation already known']);
    expect(await panel.getByLabel('two articles').isChecked()).toBe(true);
    expect(await panel.getByLabel('Earlier article').inputValue()).toBe('vn-eu-defence-meeting');
    expect(await panel.getByLabel('Later article').inputValue()).toBe('eu-norway-spd');
    expect(param(page, 'changes')).toBe('vn-eu-defence-meeting..eu-norway-spd');
    expect(await panel.locator('blockquote').textContent()).toContain('Đại diện cấp cao của EU');
    await page.waitForTimeout(500);
    await screenshot(page, 'timeline-05-what-changed');
    // The other way round, in Vietnamese: 48 entities in the 2019 article, 5 of them also in the 2024 one.
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    const vi = page.getByRole('region', { name: 'Có gì thay đổi?' });
    // Choosing the later article as the earlier one swaps the two: two different articles are always compared.
    await vi.getByLabel('Bài trước').selectOption('eu-norway-spd');
    expect(await vi.getByLabel('Bài sau').inputValue()).toBe('vn-eu-defence-meeting');
    await expect.poll(() => vi.locator('h3').allTextContents()).toEqual(['43 thực thể mới', '74 quan hệ mới', 'Bằng chứng mới cho 1 quan hệ đã có']);
    expect(param(page, 'changes')).toBe('eu-norway-spd..vn-eu-defence-meeting');
    await page.waitForTimeout(500);
    await screenshot(page, 'timeline-06-what-changed-vi');
    // Back undoes the swap; clicking a new entity selects it.
    await page.goBack();
    await expect.poll(() => param(page, 'changes')).toBe('vn-eu-defence-meeting..eu-norway-spd');
    await vi.getByRole('button', { name: 'Na Uy', exact: true }).first().click();
    await expect.poll(() => param(page, 'node')).toBe('norway');
    // The details column now shows Norway; the list is one click back, and the canvas still shows the comparison.
    await expect.poll(() => page.locator('#details-title').textContent()).toBe('Na Uy');
    expect(param(page, 'changes')).toBe('vn-eu-defence-meeting..eu-norway-spd');
    await page.getByRole('button', { name: '← Quay lại danh sách thay đổi' }).click();
    // Closing it takes it out of the URL.
    await vi.getByRole('button', { name: 'Đóng' }).click();
    await expect.poll(() => param(page, 'changes')).toBeNull();
    expect(consoleErrors).toEqual([]);
  });

  it('plays the corpus forward: the graph grows year by year, pausable, the date shown, the camera still', async () => {
    const { page, consoleErrors } = await open('?lang=en');
    // At "fast" a stop lasts a third of a second: on a loaded machine a poll from the test, or the click on
    // Pause, can come after it. At "normal" it lasts a second, and the page itself watches for 2019 at every frame.
    await page.getByLabel('Speed').selectOption('normal');
    const canvasBefore = await page.locator('.graph-canvas').boundingBox();
    await page.getByRole('button', { name: '▶ Play' }).click();
    const now = page.locator('.timeline-now');
    await page.waitForFunction(() => document.querySelector('.timeline-now')?.textContent === 'The graph up to 2019', undefined, { polling: 'raf', timeout: 10_000 });
    // The date appearing does not rewrap the strip's header: the canvas keeps its size, so nothing moves.
    expect(await page.locator('.graph-canvas').boundingBox()).toEqual(canvasBefore);
    await page.getByRole('button', { name: '❚❚ Pause' }).click();
    const paused = await now.textContent();
    await page.waitForTimeout(1200);
    expect(await now.textContent()).toBe(paused); // paused means paused
    expect(new URL(page.url()).search).toBe('?lang=en'); // playback is a way of looking, not a filter: no camera move was written either
    // What has not appeared yet is faded in place, not hidden: the canvas still draws every node.
    const revealed = Number(await page.locator('.sigma-container').getAttribute('data-reveal'));
    expect(revealed).toBeGreaterThan(10);
    expect(revealed).toBeLessThan(71);
    await screenshot(page, 'timeline-07-playback-halfway');
    await page.getByRole('button', { name: '▶ Play' }).click();
    await expect.poll(() => now.textContent(), { timeout: 10_000 }).toBe('The graph up to 2024');
    await expect.poll(() => page.getByRole('button', { name: '▶ Play' }).count()).toBe(1); // it halts at the end
    await screenshot(page, 'timeline-08-playback-end');
    await page.getByRole('button', { name: 'Stop playback' }).click();
    await expect.poll(() => now.textContent()).toBe('');
    expect(await now.isVisible()).toBe(false);
    expect(consoleErrors).toEqual([]);
  });
});
