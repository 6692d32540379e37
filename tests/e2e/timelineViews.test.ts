/**
 * The strip's views in Chromium on the shipped graph: "what changed" between two dates from a
 * link and exported as the current view, the entities' events on hover and click, bars stacked
 * by relation type with their key, and the strip folded away — at 1440 × 900 and 1024 × 700.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserUnavailable, openPage, screenshot, waitForGraph, type WatchedPage } from '../helpers/browser';
import { browserSuite } from '../helpers/browserSuite';

const unavailable = browserUnavailable();

describe.skipIf(unavailable !== null)("the timeline strip's views in Chromium", () => {
  const suite = browserSuite();
  const dir = mkdtempSync(join(tmpdir(), 'kg-timeline-'));

  async function open(query: string, width = 1440, height = 900): Promise<WatchedPage> {
    const watched = await openPage(suite.browser(), suite.origin(), width, height);
    await watched.page.goto(`${suite.origin()}${query}`);
    await waitForGraph(watched.page);
    await watched.page.waitForSelector('.timeline-strip');
    return watched;
  }
  const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

  it('a link with two dates reopens "what changed", and the export writes exactly the changed subgraph', async () => {
    const { page, consoleErrors } = await open('?lang=en&changes=2019..2024-05');
    const panel = page.getByRole('region', { name: 'What changed?' });
    await expect.poll(() => panel.locator('h3').allTextContents()).toEqual(['23 new entities', '40 new relations', 'New evidence for 1 relation already known']);
    expect(await panel.getByLabel('two dates').isChecked()).toBe(true);
    expect(await panel.getByLabel('Earlier date').inputValue()).toBe('2019');
    expect(await panel.getByLabel('Later date').inputValue()).toBe('2024-05');
    await page.waitForTimeout(500);
    await screenshot(page, 'timeline-09-changes-dates');

    // The current view is what changed: the 41 relations and their ends.
    await page.locator('.export-menu summary').click();
    const scope = page.locator('.export-menu label', { hasText: 'Current view' });
    const [, nodes] = /^Current view — what changed \((\d+) nodes, 41 edges\)$/.exec((await scope.textContent()) ?? '') ?? [];
    // The canvas draws that same subgraph in full, the rest faded.
    expect(await page.locator('.sigma-container').getAttribute('data-reveal')).toBe(nodes);
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('.export-menu button[data-format="json"]').click()]);
    expect(file.suggestedFilename()).toBe('partnerships-changes-2019-2024-05-en.json');
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);
    const exported = JSON.parse(readFileSync(path, 'utf8')) as { nodes: { key: string }[]; edges: { key: string }[] };
    expect(exported.edges).toHaveLength(41);
    expect(exported.edges.map((e) => e.key)).toContain('norway:signs:eu-norway-spd');
    expect(exported.nodes.map((n) => n.key)).toContain('norway');
    await page.locator('.export-menu summary').click();

    // Typing a later date that comes first is refused in place; a good one is applied and linked.
    const later = panel.getByLabel('Later date');
    await later.fill('2018');
    await later.press('Enter');
    expect(await panel.locator('.field-error').textContent()).toBe('The later date cannot come before the earlier one.');
    expect(param(page, 'changes')).toBe('2019..2024-05');
    await later.fill('2020');
    await later.press('Enter');
    await expect.poll(() => param(page, 'changes')).toBe('2019..2020');
    // 2020 brings one relation (Viet Nam chairs ASEAN) between two entities already known.
    await expect.poll(() => panel.locator('h3').allTextContents()).toEqual(['0 new entities', '1 new relation', 'New evidence for 0 relations already known']);
    expect(consoleErrors).toEqual([]);
  });

  it('a malformed comparison in a link is refused with a notice, and the page works', async () => {
    const { page, consoleErrors } = await open('?lang=vi&changes=2024..2019&stack=colour');
    const notice = page.getByRole('alert');
    await expect.poll(() => notice.textContent()).toContain('Tham số “changes”: giá trị “2024..2019” không hợp lệ (cần FROM..TO');
    expect(await notice.textContent()).toContain('Tham số “stack”');
    expect(await page.locator('.changes-panel').count()).toBe(0);
    expect(param(page, 'changes')).toBeNull();
    expect(consoleErrors).toEqual([]);
  });

  it("shows each entity's dated events: named on hover in both languages, selected on click", async () => {
    const { page, consoleErrors } = await open('?lang=en');
    const spd = page.locator('.timeline-event[data-entity="eu-norway-spd"]');
    await spd.hover();
    const tip = page.getByRole('tooltip');
    await expect.poll(() => tip.textContent()).toContain('EU–Norway Security and Defence Partnership — Signed: 28 May 2024 (date inferred)');
    await screenshot(page, 'timeline-10-event-en');
    await page.locator('.timeline-strip').screenshot({ path: join(dir, 'strip.png') });
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    const unclos = page.locator('.timeline-event[data-entity="unclos"]');
    await unclos.hover();
    await expect.poll(() => tip.textContent()).toMatch(/^Công ước Liên Hợp Quốc về Luật Biển năm 1982 — Thông qua: 1982/);
    await screenshot(page, 'timeline-11-event-vi');
    await unclos.click();
    await expect.poll(() => param(page, 'node')).toBe('unclos');
    // A click on an event selects; it does not start a brush.
    expect(param(page, 'from')).toBeNull();
    expect(await page.locator('.timeline-event').count()).toBe(7);
    expect(consoleErrors).toEqual([]);
  });

  it('stacks the bars by relation type, with a key, and keeps the choice in the URL', async () => {
    const { page, consoleErrors } = await open('?lang=en');
    const key = page.getByRole('list', { name: 'Colour key' });
    expect(await key.locator('li').allTextContents()).toContain(' Actor');
    await page.getByLabel('Stack bars by').selectOption('predicate');
    await expect.poll(() => param(page, 'stack')).toBe('predicate');
    const entries = (await key.locator('li').allTextContents()).map((s) => s.trim());
    expect(entries.slice(0, 3)).toEqual(['covers', 'is part of', 'signs']);
    expect(entries.at(-1)).toBe('14 other types');
    const bar2024 = await page.locator('.timeline-bin title', { hasText: /^2024:/ }).textContent();
    expect(bar2024).toContain('signs: ');
    await page.waitForTimeout(300);
    await screenshot(page, 'timeline-12-by-predicate-en');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    const keyVi = page.getByRole('list', { name: 'Chú giải màu' });
    await expect.poll(async () => (await keyVi.locator('li').first().textContent())?.trim()).toBe('bao gồm lĩnh vực');
    expect((await keyVi.locator('li').last().textContent())?.trim()).toBe('14 loại quan hệ khác');
    await screenshot(page, 'timeline-13-by-predicate-vi');
    await page.reload();
    await waitForGraph(page);
    expect(await page.getByLabel('Tô màu cột theo').inputValue()).toBe('predicate');
    expect(consoleErrors).toEqual([]);
  });

  it('folds away to its header at 1024 × 700, giving the canvas the room, and a link keeps it folded', async () => {
    const { page, consoleErrors } = await open('?lang=vi', 1024, 700);
    const canvasHeight = async () => (await page.locator('.graph-canvas').boundingBox())?.height ?? 0;
    await screenshot(page, 'timeline-14-1024-vi');
    const before = await canvasHeight();
    await page.getByRole('button', { name: 'Thu gọn dòng thời gian' }).click();
    await expect.poll(() => param(page, 'timeline')).toBe('0');
    expect(await page.locator('.timeline-strip svg').count()).toBe(0);
    await expect.poll(canvasHeight).toBeGreaterThan(before + 100);
    await page.waitForTimeout(300);
    await screenshot(page, 'timeline-15-1024-folded-vi');
    // Playback still works from the folded header.
    expect(await page.getByRole('button', { name: '▶ Phát' }).count()).toBe(1);
    await page.reload();
    await waitForGraph(page);
    expect(await page.getByRole('button', { name: 'Mở rộng dòng thời gian' }).getAttribute('aria-expanded')).toBe('false');
    await page.getByRole('button', { name: 'Mở rộng dòng thời gian' }).click();
    await page.waitForSelector('.timeline-strip svg');
    expect(param(page, 'timeline')).toBeNull();
    expect(consoleErrors).toEqual([]);
  });

  it('at 1024 × 700 in English, with a comparison open', async () => {
    const { page, consoleErrors } = await open('?lang=en&changes=vn-eu-defence-meeting..eu-norway-spd', 1024, 700);
    await page.waitForSelector('.changes-panel');
    await page.waitForTimeout(500);
    await screenshot(page, 'timeline-16-1024-changes-en');
    expect(consoleErrors).toEqual([]);
  });
});
