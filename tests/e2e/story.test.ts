/**
 * Stories in a real browser: the story of the two seed articles made in the explorer step by
 * step, presented (screenshots of two steps in both languages in tests/artifacts/), opened from
 * its link and from its offline file with every request outside the page refused; a story that
 * names what the graph lacks; the path finder's k paths.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeStory } from '../../src/app/story/storyLink';
import type { Story } from '../../src/query/story';
import { ARTIFACTS, browserUnavailable, openPage, screenshot, waitForGraph } from '../helpers/browser';
import { browserSuite } from '../helpers/browserSuite';
import { GRAPH_DATA } from '../helpers/shipped';

const unavailable = browserUnavailable();
if (unavailable) console.warn(`Skipping the browser tests: ${unavailable}`);

const committed = JSON.parse(readFileSync(join(GRAPH_DATA, 'stories', 'two-partnerships.json'), 'utf8')) as Story;
const caption = (i: number) => committed.steps[i]?.caption ?? { vi: '', en: '' };
/** A step's view without its camera: the camera depends on the screen the story was made on. */
const withoutCamera = ({ camera: _camera, ...view }: Story['steps'][number]['view']) => view;

describe.skipIf(unavailable !== null)('stories in Chromium', () => {
  const suite = browserSuite();
  const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

  async function open(query: string, width = 1440, height = 900) {
    const watched = await openPage(suite.browser(), suite.origin(), width, height);
    await watched.page.goto(`${suite.origin()}${query}`);
    await waitForGraph(watched.page);
    return watched;
  }

  async function download(page: Page, click: () => Promise<void>, timeout = 30_000): Promise<{ name: string; path: string }> {
    const [file] = await Promise.all([page.waitForEvent('download', { timeout }), click()]);
    const path = join(mkdtempSync(join(tmpdir(), 'kg-story-')), file.suggestedFilename());
    await file.saveAs(path);
    return { name: file.suggestedFilename(), path };
  }

  /** "Show in article" under the quote that starts with these words, in the details panel. */
  async function showQuote(page: Page, start: string, quote: string) {
    // The reader opens over the details: the last step's article is closed first, as a person would.
    if ((await page.locator('.reader').count()) > 0) await page.locator('.reader').getByRole('button', { name: 'Close' }).first().click();
    await page.locator('.details .evidence-list li', { has: page.locator('blockquote', { hasText: start }) }).first().getByRole('button', { name: 'Show in article' }).click();
    await expect.poll(() => param(page, 'quote')).toBe(quote);
  }

  async function choose(page: Page, box: string, words: string, option: RegExp) {
    await page.getByRole('combobox', { name: box }).first().fill(words);
    await page.getByRole('option', { name: option }).first().click();
  }

  async function addStep(page: Page, index: number) {
    await page.getByRole('button', { name: '+ Add this view as a step' }).click();
    const card = page.locator('.step-card').nth(index);
    await card.getByLabel('Vietnamese caption').fill(caption(index).vi);
    await card.getByLabel('English caption').fill(caption(index).en);
  }

  it('makes the story of the two articles in the explorer, presents it, shares its link and saves it for offline reading', { timeout: 240_000 }, async () => {
    const { page, consoleErrors, foreignRequests } = await open('?lang=en');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.origin() });
    await page.getByRole('button', { name: 'Stories', exact: true }).click();
    await expect.poll(() => page.locator('.story-maker').textContent()).toContain('Two EU security and defence partnerships');
    await page.getByRole('button', { name: 'New story' }).click();
    await page.getByLabel('Vietnamese title').fill(committed.title.vi);
    await page.getByLabel('English title').fill(committed.title.en);
    expect(await page.getByLabel('File name (story id)').inputValue()).toBe('two-eu-security-and-defence-partnerships');
    await page.getByLabel('File name (story id)').fill('two-partnerships');

    // 1. The whole graph.
    await addStep(page, 0);
    // 2. The EU–Norway partnership, and the quote of its signing.
    await choose(page, 'Search entities', 'EU–Norway Security', /EU–Norway Security and Defence Partnership/);
    await showQuote(page, 'Ngày 28/5, Liên minh châu Âu (EU)', '279-375');
    // One step out, so the partnership's neighbours are in the picture.
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await addStep(page, 1);
    // 3. What it covers: Norway's neighbourhood two steps out, and the quote listing the domains.
    await choose(page, 'Add an actor…', 'Na Uy', /^Norway/);
    await page.locator('.filters').getByLabel('Hops').first().selectOption('2');
    await expect.poll(() => param(page, 'hops')).toBe('2');
    await showQuote(page, 'mối quan hệ đối tác còn thúc đẩy hợp tác thực tiễn', '1147-1333');
    await addStep(page, 2);
    // 4. The Viet Nam–EU partnership and the meeting's quote.
    await page.locator('.filters').getByRole('button', { name: 'Reset' }).click();
    await choose(page, 'Search entities', 'quan he doi tac hop tac quoc phong', /Viet Nam–EU defence and security/);
    await showQuote(page, 'Bộ trưởng Bộ Quốc phòng Việt Nam và Đại diện cấp cao', '656-898');
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await addStep(page, 3);
    // 5. From Viet Nam to the Strategic Compass: the third of three paths. (Esc closes the reader, then clears the selection once out of the caption box.)
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.reader').count()).toBe(0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await expect.poll(() => param(page, 'node')).toBeNull();
    await choose(page, 'From…', 'Viet Nam', /^Viet Nam/);
    await choose(page, 'To…', 'la ban chien luoc', /Strategic Compass/);
    await page.getByText('Options', { exact: true }).click();
    await page.getByLabel('Paths to find').selectOption('3');
    await page.locator('.path-list button').nth(2).click();
    await expect.poll(() => param(page, 'chosen')).toBe('3');
    await addStep(page, 4);

    // Reorder, delete, edit and preview, as a person revising a draft would.
    await addStep(page, 5);
    await page.locator('.step-card').nth(5).getByRole('button', { name: 'Move the step up' }).click();
    expect(await page.locator('.step-card').nth(4).locator('.step-summary').textContent()).toBe('Path: Viet Nam – Strategic Compass');
    await page.locator('.step-card').nth(4).getByRole('button', { name: 'Move the step down' }).click();
    await page.locator('.step-card').nth(5).getByRole('button', { name: 'Delete the step' }).click();
    expect(await page.locator('.step-card').count()).toBe(5);
    expect(await page.locator('.step-card .step-summary').allTextContents()).toEqual([
      'the whole graph',
      'Selected: EU–Norway Security and Defence Partnership · quote open',
      'Selected: EU–Norway Security and Defence Partnership · filtered · quote open',
      'Selected: Viet Nam–EU defence and security cooperation partnership · quote open',
      'Path: Viet Nam – Strategic Compass',
    ]);
    await page.locator('.step-card').nth(1).getByRole('button', { name: 'Show this step' }).click();
    await expect.poll(() => [param(page, 'node'), param(page, 'quote'), param(page, 'path')]).toEqual(['eu-norway-spd', '279-375', null]);
    await screenshot(page, 'story-00-maker');

    // The story file, as it would go into graph-data/stories/: the committed story, cameras aside.
    const file = await download(page, () => page.getByRole('button', { name: 'Download the story file (.json)' }).click());
    expect(file.name).toBe('two-partnerships.json');
    const made = JSON.parse(readFileSync(file.path, 'utf8')) as Story;
    expect({ ...made, steps: made.steps.map((s) => ({ ...s, view: withoutCamera(s.view) })) }).toEqual(committed);
    expect(made.steps.every((s) => s.view.camera !== undefined)).toBe(true);

    await page.getByRole('button', { name: 'Copy the story’s link' }).click();
    await expect.poll(() => page.locator('.share-result').textContent()).toBe('Link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('story-data')).toMatch(/^[A-Za-z0-9_-]+$/);

    // Presented: step by step with keys and buttons, the camera gliding, caption and quote beside the canvas.
    await page.getByRole('button', { name: '▶ Present' }).click();
    const presenter = page.locator('.presenter');
    await expect.poll(() => presenter.locator('.step-counter').textContent()).toBe('Step 1 of 5');
    expect(await presenter.locator('.caption').textContent()).toBe(caption(0).en);
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    await page.waitForTimeout(1200);
    const redraws = async () => Number(await page.locator('.sigma-container').getAttribute('data-redraws'));
    const before = await redraws();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => param(page, 'step')).toBe('2');
    expect(await presenter.locator('.caption').textContent()).toBe(caption(1).en);
    expect(await presenter.locator('blockquote').first().textContent()).toBe('“Ngày 28/5, Liên minh châu Âu (EU) và Na Uy đã ký kết thỏa thuận Đối tác an ninh và phòng thủ mới”');
    await page.waitForTimeout(1200);
    // A glide is several frames, not one jump (a jump redraws once or twice; a loaded machine paints fewer frames of a glide).
    expect((await redraws()) - before).toBeGreaterThan(3);
    await screenshot(page, 'story-step2-en');
    await presenter.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => presenter.locator('.step-counter').textContent()).toBe('Bước 2/5');
    expect(await presenter.locator('.caption').textContent()).toBe(caption(1).vi);
    await page.waitForTimeout(500);
    await screenshot(page, 'story-step2-vi');
    await page.keyboard.press('End');
    await expect.poll(() => presenter.locator('.step-counter').textContent()).toBe('Bước 5/5');
    expect(await presenter.locator('.step-sentence').allTextContents()).toEqual([
      'Việt Nam có quan hệ ngoại giao từ năm 1990 với Liên minh châu Âu.',
      'Liên minh châu Âu đang tăng cường bộ công cụ hợp tác thông qua các thỏa thuận Đối tác An ninh và Quốc phòng của EU.',
      'Các thỏa thuận Đối tác An ninh và Quốc phòng của EU được nhấn mạnh như một trụ cột trong La bàn Chiến lược.',
    ]);
    await expect.poll(() => page.locator('.sigma-container').getAttribute('data-focus')).toBe('true');
    await page.waitForTimeout(1200);
    await screenshot(page, 'story-step5-vi');
    await presenter.getByRole('button', { name: 'English' }).click();
    await presenter.getByRole('button', { name: '‹ Previous' }).click();
    await expect.poll(() => presenter.locator('.step-counter').textContent()).toBe('Step 4 of 5');
    await presenter.getByRole('button', { name: 'Next ›' }).click();
    await page.waitForTimeout(1200);
    await screenshot(page, 'story-step5-en');
    // Leaving gives the explorer back as it was.
    await page.keyboard.press('Escape');
    await expect.poll(() => presenter.count()).toBe(0);
    expect(param(page, 'story')).toBeNull();
    expect(param(page, 'node')).toBe('eu-norway-spd');

    // Saved for offline reading: each step pictured in both languages into one HTML file.
    const offline = await download(page, () => page.getByRole('button', { name: 'Save for offline reading (one HTML file)' }).click(), 180_000);
    expect(offline.name).toBe('story-two-partnerships.html');
    await expect.poll(() => presenter.locator('.presenter-foot').textContent()).not.toContain('Preparing the offline file');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);

    // The link and the file, each opened where every request beyond the page is refused.
    const fromLink = await openPage(suite.browser(), suite.origin());
    await fromLink.page.goto(link);
    await waitForGraph(fromLink.page);
    await expect.poll(() => fromLink.page.locator('.presenter .caption').textContent()).toBe(caption(0).en);
    expect(fromLink.foreignRequests).toEqual([]);
    expect(fromLink.consoleErrors).toEqual([]);

    const context = await suite.browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    const fileUrl = pathToFileURL(offline.path).href;
    // The network is off: the file itself opens, any other request is refused and counted.
    const requests: string[] = [];
    await context.route('**/*', (route) => {
      if (route.request().url().split('#')[0] === fileUrl) return route.continue();
      requests.push(route.request().url());
      return route.abort();
    });
    const reader = await context.newPage();
    const errors: string[] = [];
    reader.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    reader.on('pageerror', (error) => errors.push(error.message));
    await reader.goto(fileUrl);
    await expect.poll(() => reader.locator('#counter').textContent()).toBe('Step 1 of 5');
    expect(await reader.locator('#caption').textContent()).toBe(caption(0).en);
    const pictured = () => reader.locator('#image').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth);
    await expect.poll(pictured).toBeGreaterThanOrEqual(900);
    await reader.keyboard.press('ArrowRight');
    expect(await reader.locator('#counter').textContent()).toBe('Step 2 of 5');
    expect(await reader.locator('blockquote').first().textContent()).toContain('Ngày 28/5');
    await reader.getByRole('button', { name: 'Tiếng Việt' }).click();
    expect(await reader.locator('#caption').textContent()).toBe(caption(1).vi);
    await reader.goto(`${fileUrl}#step=5&lang=vi`);
    await reader.reload();
    await expect.poll(() => reader.locator('#counter').textContent()).toBe('Bước 5/5');
    expect(await reader.locator('.sentence').count()).toBe(3);
    await reader.screenshot({ path: join(ARTIFACTS, 'story-offline-step5-vi.png') });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await context.close();
  });

  it('opens the committed story at a step from its link, in the reader’s language', async () => {
    const { page, consoleErrors, foreignRequests } = await open('?lang=vi&story=two-partnerships&step=3');
    const presenter = page.locator('.presenter');
    await expect.poll(() => presenter.locator('.step-counter').textContent()).toBe('Bước 3/5');
    expect(await presenter.locator('.caption').textContent()).toBe(caption(2).vi);
    expect(await presenter.locator('figcaption').first().textContent()).toBe('Liên minh châu Âu và Na Uy ký thỏa thuận Đối tác an ninh và phòng thủ mới · 05/2024');
    await presenter.getByRole('button', { name: '‹ Bước trước' }).click();
    await expect.poll(() => param(page, 'step')).toBe('2');
    // Back leaves the step, then the presentation.
    await page.goBack();
    await expect.poll(() => param(page, 'step')).toBe('3');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('opens a story that names what the graph no longer has, with a notice on that step', async () => {
    const stale: Story = structuredClone(committed);
    (stale.steps[1] as Story['steps'][number]).view = { node: 'nato', article: { source: 'eu-norway-spd', start: 279, end: 375 } };
    (stale.steps[2] as Story['steps'][number]).view.filter = { actor: ['warsaw-pact'] };
    const data = await encodeStory(stale);
    const { page, consoleErrors } = await open(`?lang=vi&story-data=${data}&step=2`);
    const notice = page.locator('.presenter .step-notice');
    await expect.poll(() => notice.textContent()).toBe('Không hiện được một phần của bước này:Thực thể được chọn: đồ thị không còn có “nato” — bước này được hiện mà không có nó.');
    expect(await page.locator('.presenter blockquote').first().textContent()).toContain('Ngày 28/5');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => notice.textContent()).toContain('Bộ lọc: đồ thị không còn có “warsaw-pact”');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => notice.count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('says so when a link names a story the corpus does not have', async () => {
    const { page } = await open('?lang=en&story=no-such-story');
    await expect.poll(() => page.locator('.presenter [role=alert]').textContent()).toBe('There is no story “no-such-story” in the corpus.');
    await page.getByRole('button', { name: 'Exit' }).click();
    await expect.poll(() => page.locator('.presenter').count()).toBe(0);
  });
});
