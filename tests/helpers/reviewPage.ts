/**
 * Driving the review page as a curator does: words of the article selected by dragging the mouse
 * over them (wherever the marks cut the text), and every click, key press or typed box counted, so
 * a test can say how many actions a decision took.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { ReviewFile } from '../../src/ingest/review';

/** The article's offsets of the `occurrence`-th (from 0) appearance of a quote. */
export function spanOf(text: string, quote: string, occurrence = 0): { start: number; end: number; quote: string } {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(quote, start + 1);
    if (start < 0) throw new Error(`no “${quote}” (#${occurrence}) in the article`);
  }
  return { start, end: start + quote.length, quote };
}

/** Scrolls the words into view and drags the mouse from their first character to their last, as a person selects words. */
export async function dragSelect(page: Page, span: { start: number; end: number }): Promise<void> {
  const points = await page.evaluate(({ start, end }) => {
    const root = document.querySelector('[data-testid="article"]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const rectOf = (offset: number) => {
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.nodeValue!.length;
        if (offset < seen + length) {
          const range = document.createRange();
          range.setStart(node, offset - seen);
          range.setEnd(node, offset - seen + 1);
          walker.currentNode = root;
          if (offset === start) node.parentElement!.scrollIntoView({ block: 'center' });
          return range.getBoundingClientRect();
        }
        seen += length;
      }
      throw new Error(`offset ${offset} is past the article`);
    };
    const first = rectOf(start);
    const last = rectOf(end - 1);
    return { from: { x: first.left + 1, y: first.top + first.height / 2 }, to: { x: last.right - 1, y: last.top + last.height / 2 } };
  }, span);
  await page.mouse.move(points.from.x, points.from.y);
  await page.mouse.down();
  await page.mouse.move((points.from.x + points.to.x) / 2, (points.from.y + points.to.y) / 2, { steps: 4 });
  await page.mouse.move(points.to.x, points.to.y, { steps: 4 });
  await page.mouse.up();
}

/** Counts a curator's actions: a click, a key press, a box filled. */
export class Actions {
  total = 0;
  readonly counts: Record<string, number> = {};
  private current: string | null = null;

  async measure(name: string, steps: () => Promise<void>): Promise<number> {
    const before = this.total;
    this.current = name;
    await steps();
    this.current = null;
    this.counts[name] = this.total - before;
    return this.counts[name];
  }
  async click(locator: Locator): Promise<void> {
    this.total++;
    await locator.click();
  }
  async fill(locator: Locator, value: string): Promise<void> {
    this.total++;
    await locator.fill(value);
  }
  async check(locator: Locator): Promise<void> {
    this.total++;
    await locator.check();
  }
  async select(locator: Locator, value: string): Promise<void> {
    this.total++;
    await locator.selectOption(value);
  }
  async press(page: Page, key: string): Promise<void> {
    this.total++;
    await page.keyboard.press(key);
  }
}

export const readReviewFile = (dataDir: string, id: string): ReviewFile => JSON.parse(readFileSync(join(dataDir, 'review', `${id}.json`), 'utf8')) as ReviewFile;
