/** The label boxes the canvas drew (written by its label placement), and what is wrong with them. */
import type { Page } from 'playwright-core';
import { countOverlaps, type Box } from '../../src/app/canvas/labelPlacement';

/** `priority`: 3 the hovered node, 2 the selected one, 1 a node on the path, 0 the rest. */
export type LabelBox = Box & { priority: number };
export type LabelReport = { labels: number; overlaps: number; cut: number; boxes: LabelBox[] };

export async function labelReport(page: Page, layer: 'labelBoxes' | 'hoverLabelBoxes' = 'labelBoxes'): Promise<LabelReport> {
  const { raw, width, height } = await page.evaluate((attribute) => {
    const container = document.querySelector<HTMLElement>('.graph-canvas .sigma-container') ?? document.querySelector<HTMLElement>('.graph-canvas');
    return { raw: container?.dataset[attribute] ?? '[]', width: container?.offsetWidth ?? 0, height: container?.offsetHeight ?? 0 };
  }, layer);
  const boxes = (JSON.parse(raw) as number[][]).map(([x = 0, y = 0, w = 0, h = 0, priority = 0]) => ({ x, y, w, h, priority }));
  // Rounded to whole pixels when written: a one-pixel tolerance at the edges.
  const cut = boxes.filter((b) => b.x < -1 || b.y < -1 || b.x + b.w > width + 1 || b.y + b.h > height + 1).length;
  return { labels: boxes.length, overlaps: countOverlaps(boxes.map((b) => ({ x: b.x, y: b.y, w: b.w - 1, h: b.h - 1 }))), cut, boxes };
}
