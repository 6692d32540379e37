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
import { canvasReport, settledReport, watchCanvasText, type CanvasReport } from '../helpers/labelBoxes';

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
    await watchCanvasText(page);
    await page.goto(`${suite.origin()}${query}`);
    await waitForGraph(page);
    return page;
  }
  const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

  /** The five largest nodes' names as the canvas may write them: whole, on two lines, or as their acronym. */
  const HUBS = {
    en: [['Viet Nam–EU defence and security…'], ['European Union', 'EU'], ['EU–Norway Security and Defence…'], ['Viet Nam', 'VN'], ['Norway']],
    vi: [['Quan hệ đối tác hợp tác quốc…'], ['Liên minh châu Âu', 'EU'], ['Thỏa thuận Đối tác An ninh và…'], ['Việt Nam', 'VN'], ['Na Uy']],
  };
  const named = (report: CanvasReport, names: string[]) => {
    const texts = report.drawn.map((d) => d.text);
    // A name on two lines is drawn as two texts, one under the other.
    const joined = report.drawn.slice(1).map((d, i) => `${report.drawn[i]?.text} ${d.text}`);
    return names.some((name) => texts.includes(name) || joined.includes(name));
  };
  const clean = (report: CanvasReport) => ({ overlaps: report.overlaps, discCrossings: report.discCrossings, hidden: report.hidden });

  describe.each(SIZES)('at %i × %i', (width, height) => {
    it.each(['en', 'vi'] as const)(
      '(%s) no label crosses another label, node or edge, nor a disc, nor the edge, by default and with a selection, the reader, the table or a comparison open; the hubs are named',
      async (lang) => {
        const page = await open(`?lang=${lang}`, width, height);
        await expect.poll(async () => (await canvasReport(page)).labels).toBeGreaterThan(15);
        const zero = { overlaps: 0, discCrossings: 0, hidden: 0 };
        const byDefault = await settledReport(page);
        expect(clean(byDefault)).toEqual(zero);
        const hubs = HUBS[lang].filter((names) => named(byDefault, names)).length;
        expect(hubs).toBeGreaterThanOrEqual(width === 1440 ? 5 : 4);
        await screenshot(page, `glance-default-${lang}-${width}`);
        // Every control of the top bar is on screen, whole: nothing pushed past the window's edge.
        const offscreen = await page.evaluate(() =>
          [...document.querySelectorAll('.brand, .search input, .toolbar > *, .lang-switch button')]
            .filter((e) => {
              const r = e.getBoundingClientRect();
              return r.left < 0 || r.right > window.innerWidth || r.width < 24;
            })
            .map((e) => e.textContent),
        );
        expect(offscreen).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

        // Norway chosen in the search: its neighbourhood and the edges' labels on top.
        await page.keyboard.press('/');
        await page.keyboard.type(lang === 'en' ? 'Norway' : 'Na Uy');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('#details-title').count()).toBe(1);
        const selected = await settledReport(page);
        expect(selected.edgeLabels).toBeGreaterThan(0);
        expect(clean(selected)).toEqual(zero);
        expect(selected.drawn.some((d) => d.layer === 'hovers' && d.text === (lang === 'en' ? 'Norway' : 'Na Uy'))).toBe(true);

        // The reader opens over the details column, not over the graph.
        await page.getByRole('button', { name: lang === 'en' ? 'Show in article' : 'Xem trong bài' }).first().click();
        await page.waitForSelector('.reader');
        expect(clean(await settledReport(page))).toEqual(zero);
        const canvas = await page.locator('.graph-canvas').boundingBox();
        const reader = await page.locator('.reader').boundingBox();
        expect((reader?.x ?? 0) >= (canvas?.x ?? 0) + (canvas?.width ?? 0) - 1).toBe(true);
        await screenshot(page, `glance-reader-${lang}-${width}`);
        await page.keyboard.press('Escape');
        await expect.poll(() => page.locator('.reader').count()).toBe(0);

        await page.locator('.toolbar').getByRole('button', { name: lang === 'vi' ? 'Bảng quan hệ' : 'Relations table' }).click();
        await page.waitForSelector('.relations-table');
        expect(clean(await settledReport(page))).toEqual(zero);
        // The strip folds while the table is open: the graph keeps room to read.
        expect((await page.locator('.graph-canvas').boundingBox())?.height ?? 0).toBeGreaterThan(width === 1440 ? 300 : 220);
        await screenshot(page, `glance-table-${lang}-${width}`);
        await page.locator('.toolbar').getByRole('button', { name: lang === 'vi' ? 'Bảng quan hệ' : 'Relations table' }).click();
        await page.keyboard.press('Escape');

        await page.locator('.timeline-actions button').click();
        await page.waitForSelector('.details-column .changes-panel');
        await page.waitForTimeout(500);
        const comparison = await settledReport(page);
        expect(clean(comparison)).toEqual(zero);
        expect(comparison.labels).toBeGreaterThan(10);
        await screenshot(page, `glance-comparison-${lang}-${width}`);
        await page.context().close();
      },
    );
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
    expect((await canvasReport(page)).drawn.some((d) => d.layer === 'hovers' && d.text === 'Norway')).toBe(true);
    // A quote in Vietnamese says so in the English interface, with the curator's English gloss where there is one.
    const notes = await page.locator('.details .relation-group .quote-note').allTextContents();
    expect(notes.every((note) => note.startsWith('Quoted in Vietnamese'))).toBe(true);
    expect(notes).toContain('Quoted in Vietnamese — in English: On 28 May, the European Union (EU) and Norway signed a new Security and Defence Partnership');
    await page.waitForTimeout(500);
    await screenshot(page, 'glance-norway-profile-en');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Hợp tác về' }).textContent()).toContain('An ninh hàng hải');
    // In Vietnamese, a Vietnamese quote needs no word about its language.
    expect(await page.locator('.details .quote-note').count()).toBe(0);
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

  it("a framework's profile says which partnership invokes it, through which domain, with the quote", async () => {
    const page = await open('?lang=en&node=budapest-convention', 1024, 700);
    const invoked = page.getByRole('region', { name: 'Invoked by agreements and partnerships' });
    await expect.poll(() => invoked.textContent()).toContain('Viet Nam–EU defence and security cooperation partnership');
    expect(await invoked.textContent()).toMatch(/through\s*cyber security/);
    await invoked.locator('summary').first().click();
    await expect.poll(() => invoked.locator('details[open] blockquote').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Công ước Bu-đa-pét')]));
    await screenshot(page, 'glance-framework-profile-en');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Được viện dẫn trong các thỏa thuận và quan hệ đối tác' }).textContent()).toMatch(/qua\s*an ninh mạng/);
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
    // Named after the view and the language, like every export.
    expect(file.suggestedFilename()).toBe('partnerships-norway-vi-relations.csv');
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
    const report = await canvasReport(page);
    expect(report.overlaps).toBe(0);
    // The selected node's label is drawn, whole, near the middle of the canvas.
    const own = report.drawn.find((d) => d.layer === 'hovers' && d.text === 'Peace mediation');
    const xs = own?.corners.map((c) => c[0]) ?? [0];
    const width = canvas?.width ?? 0;
    expect(Math.min(...xs) > width * 0.25 && Math.max(...xs) < width).toBe(true);
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
    await expect.poll(async () => Number(await width.inputValue())).toBe(Math.round((canvas?.width ?? 0) * 2));
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

  it('fits a phone\'s window, and one shrunk to it: the canvas first and as wide as the window, the panels below, no error screen', async () => {
    const page = await open('?lang=vi', 390, 800);
    const canvas = await page.locator('.graph-canvas').boundingBox();
    expect(canvas!.width).toBeGreaterThan(350);
    expect(canvas!.height).toBeGreaterThan(300);
    // The legend and the details panel follow the canvas, reached by scrolling.
    const legend = await page.getByRole('heading', { name: 'Chú giải' }).boundingBox();
    expect(legend!.y).toBeGreaterThan(canvas!.y + canvas!.height);
    await screenshot(page, '40-phone-vi');
    await page.context().close();

    const wide = await open('?lang=en');
    await wide.setViewportSize({ width: 390, height: 800 });
    await wide.waitForTimeout(800);
    expect(await wide.locator('text=Something went wrong').count()).toBe(0);
    expect((await wide.locator('.graph-canvas').boundingBox())!.width).toBeGreaterThan(350);
    await wide.context().close();
  });

  it('says so when the filters together keep nothing, with the way back (an actor and a field it has no relation in)', async () => {
    const { page, consoleErrors } = await openPage(suite.browser(), suite.origin(), 1440, 900);
    await page.goto(`${suite.origin()}?lang=vi&actor=norway&domain=cyber-security`);
    const notice = page.locator('.canvas-empty');
    await expect.poll(() => notice.textContent()).toContain('Không thực thể nào thỏa mãn đồng thời các bộ lọc này');
    await screenshot(page, '41-nothing-matches-vi');
    await notice.getByRole('button', { name: 'Đặt lại' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    expect(await page.locator('.filters .counts').textContent()).toContain('71/71');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

