/**
 * The explorer answers at a glance, in Chromium at two window sizes and in both languages: labels
 * that never overlap, an actor's profile one click away, the relations table, and a deep link that
 * frames its selection in a small window. Every step saves a screenshot to tests/artifacts/.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/io/csv';
import { UTF8_BOM } from '../../src/io/tableCsv';
import { browserUnavailable, openPage, screenshot, waitForGraph } from '../helpers/browser';
import { browserSuite } from '../helpers/browserSuite';
import { labelReport } from '../helpers/labelBoxes';

const unavailable = browserUnavailable();
const SIZES = [
  [1440, 900],
  [1024, 700],
] as const;

describe.skipIf(unavailable !== null)('the explorer at a glance', () => {
  const suite = browserSuite();
  const dir = mkdtempSync(join(tmpdir(), 'kg-glance-'));

  async function open(query: string, width = 1440, height = 900): Promise<Page> {
    const { page } = await openPage(suite.browser(), suite.origin(), width, height);
    await page.goto(`${suite.origin()}${query}`);
    await waitForGraph(page);
    return page;
  }
  const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

  describe.each(SIZES)('at %i × %i', (width, height) => {
    it.each(['en', 'vi'] as const)('the default view (%s) draws labels that neither overlap nor cross the edge', async (lang) => {
      const page = await open(`?lang=${lang}`, width, height);
      await expect.poll(async () => (await labelReport(page)).labels).toBeGreaterThan(5);
      await page.waitForTimeout(600);
      const report = await labelReport(page);
      expect(report.overlaps).toBe(0);
      expect(report.cut).toBe(0);
      await screenshot(page, `glance-default-${lang}-${width}`);
      await page.context().close();
    });
  });

  it("Norway's profile answers 'what does Norway cooperate on with the EU, and where is it written' in one click, in both languages", async () => {
    const page = await open('?lang=en');
    await page.keyboard.press('/');
    await page.keyboard.type('Norway');
    await page.getByRole('option', { name: /^Norway/ }).first().click();
    const partners = page.getByRole('region', { name: 'Cooperates with' });
    await expect.poll(() => partners.textContent()).toContain('European Union');
    const domains = page.getByRole('region', { name: 'Cooperates on' });
    const text = (await domains.textContent()) ?? '';
    for (const domain of ['Maritime security', 'Cyber security', 'Peace mediation', 'Support to Ukraine']) expect(text).toContain(domain);
    await domains.locator('details').nth(3).locator('summary').click();
    await expect.poll(() => domains.locator('details[open] blockquote').first().textContent()).toContain('an ninh hàng hải');
    // The selected node's label is on the canvas, in full, on the top layer.
    expect((await labelReport(page, 'hoverLabelBoxes')).overlaps).toBe(0);
    await page.waitForTimeout(500);
    await screenshot(page, 'glance-norway-profile-en');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Hợp tác về' }).textContent()).toContain('An ninh hàng hải');
    expect(await page.locator('.kind-line').textContent()).toContain('Quốc gia');
    await page.waitForTimeout(500);
    await screenshot(page, 'glance-norway-profile-vi');
    await page.context().close();
  });

  it("Viet Nam's profile answers 'on which domains did Viet Nam and the EU agree, resting on which frameworks'", async () => {
    const page = await open('?lang=vi&node=vietnam', 1024, 700);
    await expect.poll(() => page.getByRole('region', { name: 'Hợp tác về' }).textContent()).toContain('Quản lý khủng hoảng');
    const frameworks = (await page.getByRole('region', { name: 'Dựa trên các khuôn khổ' }).textContent()) ?? '';
    expect(frameworks).toContain('Hiến chương Liên Hợp Quốc');
    expect(frameworks).toContain('Công ước Liên Hợp Quốc về Luật Biển năm 1982');
    await page.context().close();
  });

  it('the relations table: rows of the view, sorted and filtered by column, a row selects its edge, CSV of exactly those rows', async () => {
    const page = await open('?lang=vi&actor=norway');
    await page.getByRole('button', { name: 'Bảng quan hệ' }).click();
    const rows = page.locator('.relations-table tbody tr');
    await expect.poll(() => rows.count()).toBe(16);
    // "ky" finds "ký" and "thay mặt Na Uy ký": the folded search ignores the tone mark.
    await page.getByRole('searchbox', { name: 'Lọc cột: Quan hệ' }).fill('ky');
    await expect.poll(() => rows.count()).toBe(4);
    await page.getByRole('button', { name: /^Từ/ }).click();
    await expect.poll(() => param(page, 'tsort')).toBe('source');
    expect(param(page, 'tf')).toBe('relation:ky');
    const firstCells = await rows.locator('td.col-source').allTextContents();
    expect(firstCells).toEqual([...firstCells].sort((a, b) => a.localeCompare(b, 'vi')));
    await page.waitForTimeout(600);
    const camera = param(page, 'cam');
    await rows.filter({ has: page.locator('td.col-source', { hasText: /^Na Uy$/ }) }).click();
    await expect.poll(() => param(page, 'edge')).toBe('norway:signs:eu-norway-spd');
    // The canvas brings the relation into view.
    await expect.poll(() => param(page, 'cam')).not.toBe(camera);
    await expect.poll(() => page.locator('#details-title').textContent()).toBe('ký');
    await page.waitForTimeout(500);
    await screenshot(page, 'glance-table-vi');
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="download-table"]').click()]);
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);
    const csv = readFileSync(path, 'utf8');
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const parsed = parseCsv(csv.slice(1));
    expect(parsed[0]).toEqual(['id', 'Từ', 'Quan hệ', 'Đến', 'Thời gian', 'Bài báo', 'Trích dẫn']);
    expect(parsed.slice(1).map((r) => r[1])).toEqual(firstCells);
    // The table's state is in the URL: a reload shows the same rows.
    await page.reload();
    await waitForGraph(page);
    await expect.poll(() => rows.count()).toBe(4);
    await page.context().close();
  });

  it('a deep link with a selection and no camera, into a small window, frames the node in view with its label', async () => {
    const page = await open('?lang=en&node=peace-mediation', 1024, 700);
    await expect.poll(() => page.locator('#details-title').textContent()).toBe('Peace mediation');
    await page.waitForTimeout(600);
    const canvas = await page.locator('.graph-canvas').boundingBox();
    const hover = await labelReport(page, 'hoverLabelBoxes');
    expect(hover.overlaps).toBe(0);
    // The selected node's label is drawn, whole, near the middle of the canvas.
    const own = hover.boxes.find((b) => b.priority === 2);
    const width = canvas?.width ?? 0;
    expect(own && own.x > width * 0.25 && own.x + own.w < width).toBe(true);
    // Framed: the camera was moved off the default, centred on the node.
    expect(param(page, 'cam')).not.toBeNull();
    await screenshot(page, 'glance-deeplink-small');
    await page.context().close();
  });

  it('exports a PNG at the size the user chooses, twice the canvas by default', async () => {
    const page = await open('?lang=vi', 1024, 700);
    await page.locator('.export-menu summary').click();
    const width = page.getByRole('textbox', { name: 'Rộng' });
    const canvas = await page.locator('.graph-canvas').boundingBox();
    expect(Number(await width.inputValue())).toBe(Math.round((canvas?.width ?? 0) * 2));
    await width.fill('50');
    await expect.poll(() => page.locator('.png-export .field-error').textContent()).toContain('từ 200 đến 8000 px');
    expect(await page.locator('.export-menu button[data-format="png"]').isDisabled()).toBe(true);
    await width.fill('1600');
    await page.getByRole('textbox', { name: 'Cao' }).fill('1000');
    await screenshot(page, 'glance-png-size');
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('.export-menu button[data-format="png"]').click()]);
    const path = join(dir, 'chosen.png');
    await file.saveAs(path);
    const png = readFileSync(path);
    // The PNG header (IHDR) holds the width and height, at the page's pixel ratio (1 here).
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1600, 1000]);
    await page.context().close();
  });

  it('zoom buttons keep the selection in view', async () => {
    const page = await open('?lang=en&node=norway', 1024, 700);
    await page.waitForTimeout(500);
    const before = param(page, 'cam');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => param(page, 'cam')).not.toBe(before);
    const [x, y] = (param(page, 'cam') ?? '').split(',').map(Number);
    const [bx, by] = (before ?? '').split(',').map(Number);
    // The camera stays on Norway (its centre does not move), only closer.
    expect(Math.abs((x ?? 0) - (bx ?? 0))).toBeLessThan(0.01);
    expect(Math.abs((y ?? 0) - (by ?? 0))).toBeLessThan(0.01);
    await page.context().close();
  });
});
