/** The label boxes the canvas drew (written by its label placement), and what is wrong with them. */
import type { Page } from 'playwright-core';
import { countOverlaps, type Box } from '../../src/app/canvas/labelPlacement';

export type LabelReport = { labels: number; overlaps: number; cut: number; boxes: Box[] };

export async function labelReport(page: Page, layer: 'labelBoxes' | 'hoverLabelBoxes' = 'labelBoxes'): Promise<LabelReport> {
  const { raw, width, height } = await page.evaluate((attribute) => {
    const container = document.querySelector<HTMLElement>('.graph-canvas .sigma-container') ?? document.querySelector<HTMLElement>('.graph-canvas');
    return { raw: container?.dataset[attribute] ?? '[]', width: container?.offsetWidth ?? 0, height: container?.offsetHeight ?? 0 };
  }, layer);
  const boxes = (JSON.parse(raw) as number[][]).map(([x = 0, y = 0, w = 0, h = 0]) => ({ x, y, w, h }));
  // Rounded to whole pixels when written: a one-pixel tolerance at the edges.
  const cut = boxes.filter((b) => b.x < -1 || b.y < -1 || b.x + b.w > width + 1 || b.y + b.h > height + 1).length;
  return { labels: boxes.length, overlaps: countOverlaps(boxes.map((b) => ({ ...b, w: b.w - 1, h: b.h - 1 }))), cut, boxes };
}
