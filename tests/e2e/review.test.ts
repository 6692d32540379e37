/**
 * Growing the graph in a real browser: the fictional fixture article is ingested into a copy of
 * graph-data, reviewed on the review page (accept, reject, edit, undo), applied, and then seen
 * in the explorer with its evidence. Screenshots go to tests/artifacts/.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer } from '../../src/cli/reviewServer';
import { browserUnavailable, launchBrowser, openPage, screenshot, startServer, waitForGraph } from '../helpers/browser';
import { runKg } from '../helpers/cli';
import { FIXTURE_ARTICLE, fixtureText, graphDataCopy } from '../helpers/ingest';
import { dragSelect, spanOf } from '../helpers/reviewPage';
import { REPO_ROOT } from '../helpers/shipped';

const unavailable = browserUnavailable();

describe.skipIf(unavailable !== null)('reviewing an ingested article in Chromium', () => {
  let server: { url: string; close: () => Promise<void> } | undefined;
  let browser: Browser | undefined;
  const title = 'Fictional test article: Japan and Viet Nam sign a defence equipment agreement';

  beforeAll(async () => {
    const dataDir = graphDataCopy();
    const ingested = runKg('ingest', FIXTURE_ARTICLE, '--id', 'fixture', '--title-en', title, '--date', '2025-03', '--data', dataDir);
    if (ingested.code !== 0) throw new Error(ingested.err);
    server = await startReviewServer({ dataDir, distDir: join(REPO_ROOT, 'dist'), port: 0 });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('accepts, rejects, edits and undoes proposals, applies them, and the explorer shows the new relation with its quote', async () => {
    const { page, consoleErrors, foreignRequests } = await openPage(browser!, server!.url);
    await page.goto(`${server!.url}?review&lang=en`);
    await page.getByRole('link', { name: title }).click();
    await page.getByText(/^0 \/ \d+ decided$/).waitFor();
    await screenshot(page, 'review-01-start');

    const card = (text: string | RegExp) => page.locator('li.proposal', { hasText: text });
    const relation = (quote: string, predicate: string) => page.locator('li.proposal.relation', { hasText: quote }).filter({ hasText: predicate });

    // The references mean the new agreement: confirm.
    await card(/refers? to/).getByRole('button', { name: 'Confirm' }).click();
    // "Nhật Bản" is a state the project knows: it comes with its English name, and accepting asks for nothing.
    const candidate = (key: string) => page.locator(`li.proposal[data-target="candidate:${key}"]`);
    await expect.poll(() => candidate('nhat-ban').locator('.en').textContent()).toContain('Japan');
    await candidate('nhat-ban').getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => candidate('nhat-ban').getAttribute('class')).toContain('accept');
    // The agreement needs an English label: accepting opens the form.
    const eta = candidate('hiep-dinh-chuyen-giao-trang-thiet-bi-va-cong-nghe-quoc-phong');
    await eta.getByRole('button', { name: 'Accept' }).click();
    await page.getByLabel('English label').fill('Defence Equipment and Technology Transfer Agreement');
    await page.getByRole('button', { name: 'Save and accept' }).click();
    // Reject Hà Nội, and a relation; then undo the relation's rejection with Ctrl+Z.
    await candidate('ha-noi').getByRole('button', { name: 'Reject' }).click();
    const supports = relation('Nhật Bản ủng hộ', 'supports');
    await supports.getByRole('button', { name: 'Reject' }).click();
    await expect.poll(() => supports.getAttribute('class')).toContain('reject');
    await page.locator('body').press('Control+z');
    await expect.poll(() => supports.getAttribute('class')).toContain('open');
    await supports.getByRole('button', { name: 'Reject' }).click();
    // Accept the signing stated in the body, and edit a covers relation into "contributes to" while
    // the server is still answering the acceptance: its answer must not close the form just opened.
    let answer = () => {};
    const held = new Promise<void>((resolve) => (answer = resolve));
    await page.route('**/decisions?*', async (route) => {
      await held;
      await route.continue();
    });
    await relation('Ngày 12/3', 'signs').filter({ hasText: 'Japan' }).getByRole('button', { name: 'Accept' }).click();
    const cyber = relation('Theo ETA', 'Cyber security');
    await cyber.getByRole('button', { name: 'Edit' }).click();
    await cyber.getByRole('radio', { name: 'covers' }).focus();
    answer();
    await page.getByText(/^6 \/ \d+ decided$/).waitFor();
    await page.unroute('**/decisions?*');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li.proposal')?.textContent ?? '')).toContain('Theo ETA');
    await cyber.getByRole('radio', { name: 'contributes to' }).check();
    await cyber.getByRole('button', { name: 'Save and accept' }).click();
    await page.getByText(/^7 \/ \d+ decided$/).waitFor();
    await screenshot(page, 'review-02-decided');

    await page.getByRole('button', { name: 'Preview the changes' }).click();
    await page.getByText('Will add 2 new entities and 2 new relations.').waitFor();
    await screenshot(page, 'review-03-preview');
    await page.getByRole('button', { name: 'Write to the graph' }).click();
    await page.getByText(/^Written to the graph\./).waitFor();

    // The explorer, served the graph as it now stands.
    await page.goto(`${server!.url}?lang=en&node=nhat-ban`);
    await waitForGraph(page);
    await expect.poll(() => page.locator('#details-title').textContent()).toBe('Japan');
    const details = page.locator('.details');
    await expect.poll(() => details.textContent()).toContain('Defence Equipment and Technology Transfer Agreement');
    await expect.poll(async () => (await details.locator('blockquote').allTextContents()).join('\n')).toContain('Ngày 12/3, Nhật Bản và Việt Nam đã ký kết');
    expect(await details.locator('.source-title').allTextContents()).toContain(title);
    await page.waitForTimeout(500);
    await screenshot(page, 'review-04-explorer');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('says the review server is needed when the page is served without it', async () => {
    const { server: preview, url } = await startServer();
    try {
      const { page, foreignRequests } = await openPage(browser!, url);
      await page.goto(`${url}?review&lang=en`);
      await page.getByText('The review page needs the review server: start it with npm run review.').waitFor();
      expect(foreignRequests).toEqual([]);
    } finally {
      await preview.close();
    }
  });

  it('says, in both languages, that an impossible review id (a path, capitals, a reserved name) names no article, and lists the reviews there are', async () => {
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

  it('shows the review page in Vietnamese with no English left', async () => {
    const { page } = await openPage(browser!, server!.url);
    await page.goto(`${server!.url}?review=fixture&lang=vi`);
    await page.getByText('đã quyết định').first().waitFor();
    const buttons = await page.getByRole('button').allTextContents();
    for (const english of ['Accept', 'Reject', 'Edit', 'Undo', 'Confirm', 'Preview the changes']) expect(buttons).not.toContain(english);
    expect(buttons).toContain('Chấp nhận');
    // Focus starts on the first card still undecided (the first test decided those before it).
    const firstOpen = await page.locator('li.proposal.open').first().getAttribute('data-target');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-target'))).toBe(firstOpen);
    // Selected words offer, in Vietnamese, what they can become.
    await dragSelect(page, spanOf(fixtureText(), 'Theo ETA, hai bên sẽ thúc đẩy hợp tác'));
    const panel = page.locator('.selection-panel');
    expect(await panel.getByRole('button').allTextContents()).toEqual(expect.arrayContaining(['Thêm quan hệ…', 'Nhắc đến thực thể…', 'Thực thể mới…', 'Tên khác của…', 'Bỏ chọn']));
    expect(await panel.getByRole('group').first().textContent()).toMatch(/^Từ/);
    await screenshot(page, 'review-05-vi');
  });

  it('with words selected, one click decides a card below the focused one: no card changes its height under the pointer', async () => {
    const { page, consoleErrors } = await openPage(browser!, server!.url);
    await page.goto(`${server!.url}?review=fixture&lang=en`);
    await page.locator('li.proposal.open').first().waitFor();
    // A selection gives relation cards their evidence buttons; the focused card shows them.
    await dragSelect(page, spanOf(fixtureText(), 'Theo ETA, hai bên sẽ thúc đẩy hợp tác'));
    const [above, below] = await page.locator('li.proposal.relation.open').evaluateAll((els) => els.slice(0, 2).map((e) => e.getAttribute('data-target')!));
    await page.locator(`li.proposal[data-target="${above}"] .verdict`).click();
    const card = page.locator(`li.proposal[data-target="${below}"]`);
    await card.getByRole('button', { name: 'Reject' }).click();
    await expect.poll(() => card.getAttribute('class')).toContain('reject');
    expect(consoleErrors).toEqual([]);
  });

  it('says, in Vietnamese, when the review server cannot be reached or does not answer, and the next decision goes through', async () => {
    const { page, consoleErrors } = await openPage(browser!, server!.url);
    await page.clock.install();
    await page.goto(`${server!.url}?review=fixture&lang=vi`);
    const firstOpen = page.locator('li.proposal.relation.open').first();
    await firstOpen.waitFor();
    const decided = () => page.locator('.progress span').textContent();
    const before = await decided();
    const alert = page.getByRole('alert');
    // The server gone: the request fails at once.
    await page.route('**/decisions?*', (route) => route.abort('connectionrefused'));
    await firstOpen.getByRole('button', { name: 'Bác bỏ' }).click();
    await expect.poll(() => alert.textContent()).toBe(
      'Không kết nối được với máy chủ duyệt: lệnh npm run review có còn chạy không? Thao tác vừa rồi có thể chưa được ghi lại; hãy tải lại trang khi máy chủ đã chạy lại.',
    );
    // The server silent: no answer ever comes, and after a minute the page says so rather than wait for ever.
    await page.unroute('**/decisions?*');
    await page.route('**/decisions?*', () => undefined);
    await firstOpen.getByRole('button', { name: 'Bác bỏ' }).click();
    await page.waitForTimeout(200);
    await page.clock.fastForward(61_000);
    await expect.poll(() => alert.textContent()).toBe('Đã quá thời gian chờ mà máy chủ duyệt vẫn chưa trả lời. Thao tác vừa rồi có thể chưa được ghi lại: hãy tải lại trang để xem bản duyệt hiện đã lưu những gì.');
    await screenshot(page, 'review-06-no-answer-vi');
    expect(await decided()).toBe(before);
    // The server back: the next decision is not held behind the one that never came back.
    await page.unroute('**/decisions?*');
    await firstOpen.getByRole('button', { name: 'Bác bỏ' }).click();
    await expect.poll(() => decided()).not.toBe(before);
    await expect.poll(() => alert.count()).toBe(0);
    // Only the refused request's own line in the console: the page itself threw nothing.
    expect(consoleErrors.filter((e) => !e.includes('net::ERR_CONNECTION_REFUSED'))).toEqual([]);
  });
});
