/**
 * The explorer in a real browser: the production build on 127.0.0.1, driven in Debian's
 * Chromium. Each step saves a screenshot to tests/artifacts/ for a person to look at.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserUnavailable, openPage, paintedPixels, screenshot, waitForGraph, type WatchedPage } from '../helpers/browser';
import { browserSuite } from '../helpers/browserSuite';

const unavailable = browserUnavailable();
if (unavailable) console.warn(`Skipping the browser tests: ${unavailable}`);

describe.skipIf(unavailable !== null)('the explorer in Chromium', () => {
  const suite = browserSuite();

  async function open(query = ''): Promise<WatchedPage> {
    const watched = await openPage(suite.browser(), suite.origin());
    await watched.page.goto(`${suite.origin()}${query}`);
    await waitForGraph(watched.page);
    return watched;
  }

  const detailsTitle = (page: Page) => page.locator('#details-title');
  const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

  it('loads with no console error, draws the graph, asks nothing of other hosts and no request fails', async () => {
    const { page, consoleErrors, foreignRequests, failedRequests } = await open('?lang=en');
    expect(await paintedPixels(page)).toBeGreaterThan(5000);
    expect(await page.locator('.legend-item').count()).toBe(7);
    await screenshot(page, '01-home');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    // The icon is in the page itself: a browser that shows one never asks for a missing /favicon.ico.
    const icon = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel=icon]')?.href ?? '';
      const image = new Image();
      image.src = href;
      const loads = await image.decode().then(
        () => image.naturalWidth > 0,
        () => false,
      );
      return { scheme: href.split(':')[0], loads };
    });
    expect(icon).toEqual({ scheme: 'data', loads: true });
    // A deep link, the reader and the table load nothing that fails either.
    await page.goto(`${suite.origin()}?lang=vi&node=norway&article=eu-norway-spd&table=1&changes=2019..2024`);
    await waitForGraph(page);
    expect(failedRequests).toEqual([]);
  });

  it('search "an ninh mang" selects cyber security, whose panel cites both articles', async () => {
    const { page, consoleErrors } = await open('?lang=en');
    await page.keyboard.press('/');
    await page.keyboard.type('an ninh mang');
    const first = page.getByRole('option').first();
    await expect.poll(() => first.textContent()).toContain('Cyber security');
    await screenshot(page, '02-search');
    await page.keyboard.press('Enter');
    await expect.poll(() => detailsTitle(page).textContent()).toBe('Cyber security');
    expect(param(page, 'node')).toBe('cyber-security');
    const sources = await page.locator('.details .source-title').allTextContents();
    expect(new Set(sources)).toEqual(
      new Set([
        'The European Union and Norway sign a new Security and Defence Partnership',
        "Viet Nam's Minister of National Defence meets the EU High Representative for Foreign Affairs and Security Policy",
      ]),
    );
    await page.waitForTimeout(600);
    await screenshot(page, '03-cyber-security');
    expect(consoleErrors).toEqual([]);
  });

  it('"Show in article" opens the reader with the quote highlighted in view', async () => {
    const { page } = await open('?lang=en&node=budapest-convention');
    // The first quote of "All relations" (the profile's are folded away).
    const quote = (await page.locator('.details .relation-group blockquote').first().textContent())?.replace(/^“|”$/g, '') ?? '';
    await page.getByRole('button', { name: 'Show in article' }).first().click();
    const active = page.locator('.reader mark.active');
    await expect.poll(() => active.count()).toBeGreaterThan(0);
    expect((await active.allTextContents()).join('')).toBe(quote);
    expect(param(page, 'article')).toBe('vn-eu-defence-meeting');
    const inView = async () => {
      const box = await active.first().boundingBox();
      const reader = await page.locator('.reader-text').boundingBox();
      return Boolean(box && reader && box.y >= reader.y && box.y + box.height <= reader.y + reader.height);
    };
    await expect.poll(inView).toBe(true);
    await screenshot(page, '04-reader');
  });

  it('clicking a marked passage in the article selects the relation it supports', async () => {
    const { page } = await open('?lang=en&article=eu-norway-spd');
    await page.locator('.reader mark', { hasText: 'thủ đô Brussels (Bỉ)' }).first().click();
    await expect.poll(() => param(page, 'edge') ?? page.locator('.chooser').count()).toBeTruthy();
    await screenshot(page, '05-reader-click');
  });

  it('the language switch changes the interface and the graph labels', async () => {
    const { page } = await open('?lang=en&node=cyber-security');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => detailsTitle(page).textContent()).toBe('An ninh mạng');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await page.locator('.legend-item').first().textContent()).toContain('Chủ thể');
    expect(param(page, 'lang')).toBe('vi');
    await page.waitForTimeout(400);
    await screenshot(page, '06-vietnamese');
  });

  it('a deep link opens its selection, and back/forward move through selections', async () => {
    const { page } = await open('?lang=en&node=fpa');
    await expect.poll(() => detailsTitle(page).textContent()).toContain('Framework Participation Agreement');
    await page.locator('.details').getByRole('button', { name: 'crisis management', exact: true }).first().click();
    await expect.poll(() => detailsTitle(page).textContent()).toBe('Crisis management');
    await page.goBack();
    await expect.poll(() => param(page, 'node')).toBe('fpa');
    await expect.poll(() => detailsTitle(page).textContent()).toContain('Framework Participation Agreement');
    await page.goForward();
    await expect.poll(() => detailsTitle(page).textContent()).toBe('Crisis management');
  });

  it('a deep link to an edge shows the relation, its ends and evidence', async () => {
    const { page } = await open('?lang=en&edge=norway:participates_in:csdp');
    await expect.poll(() => detailsTitle(page).textContent()).toBe('participates in');
    expect(await page.locator('.details .relation-line').textContent()).toContain('takes part in missions and operations under');
    expect(await page.locator('.details blockquote').count()).toBeGreaterThan(0);
    await screenshot(page, '07-edge');
  });

  it('an inferred relation gives its reason in the interface language, in the panel and in the tooltips', async () => {
    const edge = 'eu-norway-spd:instance_of:eu-security-defence-partnerships';
    const vi = 'Bài báo giới thiệu các Thỏa thuận An ninh và Quốc phòng mới của EU';
    const { page } = await open(`?lang=vi&edge=${edge}`);
    await expect.poll(() => page.locator('.details .note').textContent()).toContain(vi);
    expect(await page.locator('.details .relation-line .badge.inferred').getAttribute('title')).toContain(vi);
    await screenshot(page, '07b-inferred-edge-vi');
    await page.goto(`${suite.origin()}?lang=vi&edge=eu:signs:eu-norway-spd`);
    await expect.poll(() => page.locator('.details .relation-date').getAttribute('title')).toMatch(/^Bài báo chỉ nêu ngày và tháng/);
    await page.goto(`${suite.origin()}?lang=en&edge=${edge}`);
    await expect.poll(() => page.locator('.details .note').textContent()).toContain('The article presents the EU');
    await screenshot(page, '07c-inferred-edge-en');
  });

  it('a malformed link shows a notice, never a blank page', async () => {
    const { page, consoleErrors } = await open('?lang=en&node=no-such-node&quote=abc&cam=x');
    const notice = page.getByRole('alert');
    await expect.poll(() => notice.textContent()).toContain('no-such-node');
    expect(await notice.textContent()).toContain('“abc” is malformed');
    expect(await paintedPixels(page)).toBeGreaterThan(5000);
    expect(param(page, 'node')).toBeNull();
    await screenshot(page, '08-bad-link');
    expect(consoleErrors).toEqual([]);
  });

  it('hover brings a neighbourhood forward; Escape clears the selection; the legend hides a kind', async () => {
    const { page } = await open('?lang=en&node=norway');
    await expect.poll(() => page.locator('.sigma-container').getAttribute('data-focus')).toBe('true');
    await screenshot(page, '09-selected-norway');
    await page.keyboard.press('Escape');
    await expect.poll(() => param(page, 'node')).toBeNull();
    await expect.poll(() => page.locator('.sigma-container').getAttribute('data-focus')).toBe('false');
    const before = await paintedPixels(page);
    await page.locator('.legend-item button[data-kind="domain"]').click();
    await expect.poll(() => param(page, 'kind')).toBe('actor,agreement,partnership,framework,event,place');
    await expect.poll(() => paintedPixels(page)).toBeLessThan(before);
    await screenshot(page, '10-domains-hidden');
  });

  /** What has the keyboard's focus, as a person would name it. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { tag: el?.tagName.toLowerCase() ?? '', text: (el?.textContent ?? '').trim().slice(0, 40), inDetails: Boolean(el?.closest('#details')), id: el?.id ?? '' };
    });

  it('from a search result, the details and their first "Evidence" are a few key presses away (a skip link), and the page has landmarks', async () => {
    const { page, consoleErrors } = await open('?lang=en');
    const landmarks = await page.evaluate(() => ({
      banner: document.querySelectorAll('header.topbar').length,
      search: document.querySelectorAll('[role=search]').length,
      main: document.querySelectorAll('main').length,
      asides: [...document.querySelectorAll('aside')].map((a) => a.getAttribute('aria-label')),
    }));
    expect(landmarks).toEqual({ banner: 1, search: 1, main: 1, asides: ['Legend, path finder and filters', 'Details'] });
    await page.keyboard.press('/');
    await page.keyboard.type('Norway');
    await page.keyboard.press('Enter');
    await expect.poll(() => detailsTitle(page).textContent()).toBe('Norway');
    // Tab to the skip link beside the search box, Enter, then Tab through the details to the first "Evidence".
    let tabs = 0;
    const press = async () => {
      await page.keyboard.press('Tab');
      tabs += 1;
      return focused(page);
    };
    expect((await press()).text).toBe('Skip to the details');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('details');
    let now = await press();
    while (!(now.inDetails && now.text.startsWith('Evidence')) && tabs < 60) now = await press();
    expect(now).toMatchObject({ tag: 'summary', inDetails: true });
    expect(tabs).toBeLessThanOrEqual(4);
    // Enter opens it; its "Show in article" opens the reader, which takes the focus; Escape closes it and gives it back.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    while (!(await focused(page)).text.startsWith('Show in article')) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.reader').count()).toBe(1);
    // The article opens at its headline: the scraper's date line the stored text begins with is not shown.
    expect(await page.locator('.reader-text').textContent()).not.toMatch(/^\s*date \d{4}/);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('reader'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.reader').count()).toBe(0);
    expect((await focused(page)).id).toBe('details');
    expect(param(page, 'node')).toBe('norway');
    expect(consoleErrors).toEqual([]);
  });

  it('"/" goes to the search from any control but a text field', async () => {
    const { page } = await open('?lang=en');
    const search = page.getByRole('combobox', { name: 'Search entities' });
    const isSearch = () => search.evaluate((input) => input === document.activeElement);
    // A checkbox, a select, a button: "/" is a shortcut there.
    for (const control of [page.getByLabel('Dim instead of hide'), page.getByLabel('Speed'), page.getByRole('button', { name: 'Relations table' })]) {
      await control.focus();
      await page.keyboard.press('/');
      expect(await isSearch()).toBe(true);
    }
    // In a text field it is a character.
    const names = page.getByRole('searchbox', { name: 'Name contains' });
    await names.focus();
    await page.keyboard.type('a/b');
    expect(await names.inputValue()).toBe('a/b');
    expect(await isSearch()).toBe(false);
  });

  it('copies a link to the current view', async () => {
    const { page } = await open('?lang=vi&node=norway');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đã sao chép liên kết' }).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  const counts = (page: Page) => page.locator('.filters .counts').textContent();

  it('choosing an actor in the filter panel narrows the canvas and the counts, and the URL keeps it', async () => {
    const { page, consoleErrors } = await open('?lang=en');
    const before = await paintedPixels(page);
    expect(await counts(page)).toContain('Showing 71 of 71 nodes, 114 of 114 edges');
    await page.getByRole('combobox', { name: 'Add an actor…' }).fill('na uy');
    await page.getByRole('option', { name: /Norway/ }).first().click();
    await expect.poll(() => param(page, 'actor')).toBe('norway');
    await expect.poll(() => counts(page)).toContain('Showing 9 of 71 nodes, 16 of 114 edges');
    // The legend agrees: each kind says how many of its nodes are shown, and they add up to the nine.
    const legendCounts = await page.locator('.legend-item .count').allTextContents();
    const shown = legendCounts.map((c) => /^(\d+) \/ \d+$/.exec(c.trim())?.[1]);
    expect(shown.every((n) => n !== undefined), legendCounts.join(', ')).toBe(true);
    expect(shown.reduce((sum, n) => sum + Number(n), 0)).toBe(9);
    expect(legendCounts[0]?.trim()).toBe('6 / 16');
    await page.waitForTimeout(700);
    expect(await paintedPixels(page)).toBeLessThan(before);
    await screenshot(page, '11-filter-norway');
    await page.getByLabel('Hops').selectOption('2');
    await expect.poll(() => param(page, 'hops')).toBe('2');
    const twoHops = await counts(page);
    await page.reload();
    await waitForGraph(page);
    await expect.poll(() => counts(page)).toBe(twoHops);
    expect(await page.locator('.filters .chip').textContent()).toContain('Norway');
    expect(consoleErrors).toEqual([]);
  });

  it('a stale filter parameter is dropped with a notice', async () => {
    const { page } = await open('?lang=en&actor=nato,norway&hops=12');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('“nato” is not in the data');
    expect(await page.getByRole('alert').textContent()).toContain('“12” is malformed');
    await expect.poll(() => param(page, 'actor')).toBe('norway');
    expect(param(page, 'hops')).toBeNull();
  });

  it('the path finder lists k paths, highlights the chosen one and writes it as sentences with quotes', async () => {
    const { page } = await open('?lang=en');
    await page.getByRole('combobox', { name: 'From…' }).fill('Viet Nam');
    await page.getByRole('option', { name: /^Viet Nam/ }).first().click();
    await page.getByRole('combobox', { name: 'To…' }).fill('la ban chien luoc');
    await page.getByRole('option', { name: /Strategic Compass/ }).first().click();
    await expect.poll(() => param(page, 'path')).toBe('vietnam,strategic-compass');
    const result = page.locator('.path-result');
    await expect.poll(() => result.locator('.path-list button').count()).toBe(5);
    expect(await result.locator('p.muted').first().textContent()).toBe('Found 5 paths, shortest first:');
    expect(await result.locator('.path-list button').first().textContent()).toBe('2 relations, via the European Union');
    // Each relation reads forward, as a sentence, with its quote.
    expect(await result.locator('.path-sentences .relation-line').allTextContents()).toEqual([
      'Viet Nam has had diplomatic relations since 1990 with the European Union (1990)',
      'The Strategic Compass is an initiative of the European Union',
    ]);
    expect(await result.locator('.path-sentences blockquote').count()).toBe(2);
    expect(await result.textContent()).not.toContain('←');
    await expect.poll(() => page.locator('.sigma-container').getAttribute('data-focus')).toBe('true');
    // Another path is one click away, and the link keeps the choice and the options.
    await result.locator('.path-list button').nth(2).click();
    await expect.poll(() => param(page, 'chosen')).toBe('3');
    await page.getByText('Options', { exact: true }).click();
    await page.getByLabel('Only through agreements and partnerships').check();
    await expect.poll(() => param(page, 'via-kind')).toBe('agreement,partnership');
    expect(await result.textContent()).toContain('No path in the graph as filtered.');
    await page.getByLabel('Only through agreements and partnerships').uncheck();
    await page.getByRole('combobox', { name: 'Avoid an entity…' }).fill('European Union');
    await page.getByRole('option', { name: /^European Union/ }).first().click();
    await expect.poll(() => param(page, 'avoid')).toBe('eu');
    await expect.poll(() => result.locator('.path-list button').count()).toBeGreaterThan(0);
    expect((await result.locator('.path-list').textContent()) ?? '').not.toContain('European Union');
    await page.waitForTimeout(500);
    await screenshot(page, '12-path');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => result.locator('.path-sentences .relation-line').first().textContent()).toMatch(/^Việt Nam /);
  });
});
