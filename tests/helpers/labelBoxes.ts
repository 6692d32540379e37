/**
 * What the canvas really drew, measured from outside the app: every piece of text drawn on the
 * canvas's 2D layers (node labels, the highlighted nodes' labels, edge labels) is recorded with
 * its box as transformed on screen (so a label drawn along a slanted edge is a slanted box), and
 * the node discs are found in a screenshot of the node layers alone. Nothing here trusts the
 * app's own account of where it put things, so the same measurement works on any version.
 */
import type { Page } from 'playwright-core';

export type Point = [number, number];
export type Layer = 'labels' | 'hovers' | 'edgeLabels';
export type DrawnText = { layer: Layer; text: string; corners: Point[] };
export type CanvasReport = {
  /** Node labels drawn (base and highlighted layers), and edge labels. */
  labels: number;
  edgeLabels: number;
  /** Pairs of labels (node or edge, any layer) whose boxes overlap; the same name drawn twice in one place is one label. */
  overlaps: number;
  /** Labels whose box covers part of a node disc other than their own node's. */
  discCrossings: number;
  /** Labels outside the canvas, or under something drawn over it (zoom buttons, a panel). */
  hidden: number;
  drawn: DrawnText[];
};

/**
 * Records every fillText on every 2D canvas of the page, as the four corners of its box in CSS
 * pixels of that canvas; a clear of the whole canvas forgets what it held. Installed before the
 * page's own scripts run.
 */
export async function watchCanvasText(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Entry = { text: string; corners: [number, number][] };
    const drawn = new WeakMap<HTMLCanvasElement, Entry[]>();
    const proto = CanvasRenderingContext2D.prototype;
    const fillText = proto.fillText;
    const clearRect = proto.clearRect;
    proto.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) {
      const metrics = this.measureText(text);
      const width = maxWidth === undefined ? metrics.width : Math.min(metrics.width, maxWidth);
      const align = this.textAlign;
      const left = x - (align === 'center' ? width / 2 : align === 'right' || align === 'end' ? width : 0);
      const top = y - metrics.actualBoundingBoxAscent;
      const bottom = y + metrics.actualBoundingBoxDescent;
      const m = this.getTransform();
      const ratio = window.devicePixelRatio || 1;
      const at = (px: number, py: number): [number, number] => [(m.a * px + m.c * py + m.e) / ratio, (m.b * px + m.d * py + m.f) / ratio];
      const list = drawn.get(this.canvas) ?? [];
      list.push({ text, corners: [at(left, top), at(left + width, top), at(left + width, bottom), at(left, bottom)] });
      drawn.set(this.canvas, list);
      return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
    };
    proto.clearRect = function (this: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) {
      const m = this.getTransform();
      if (Math.abs(w * m.a) >= this.canvas.width * 0.9 && Math.abs(h * m.d) >= this.canvas.height * 0.9) drawn.set(this.canvas, []);
      return clearRect.call(this, x, y, w, h);
    };
    (window as unknown as { __drawnText: (canvas: HTMLCanvasElement) => Entry[] }).__drawnText = (canvas) => drawn.get(canvas) ?? [];
  });
}

async function drawnText(page: Page): Promise<DrawnText[]> {
  return page.evaluate(() => {
    const read = (window as unknown as { __drawnText?: (c: HTMLCanvasElement) => { text: string; corners: [number, number][] }[] }).__drawnText;
    if (!read) throw new Error('watchCanvasText(page) was not called before the page loaded');
    return (['labels', 'hovers', 'edgeLabels'] as const).flatMap((layer) => {
      const canvas = document.querySelector<HTMLCanvasElement>(`.graph-canvas canvas.sigma-${layer}`);
      return canvas ? read(canvas).map((entry) => ({ layer, ...entry })) : [];
    });
  });
}

/** Separating-axis test for two convex polygons, each shrunk by `inset` pixels (rounding and antialiasing). */
function polygonsOverlap(a: Point[], b: Point[], inset = 1): boolean {
  const shrink = (poly: Point[]): Point[] => {
    const cx = poly.reduce((s, p) => s + p[0], 0) / poly.length;
    const cy = poly.reduce((s, p) => s + p[1], 0) / poly.length;
    return poly.map(([x, y]) => {
      const d = Math.hypot(x - cx, y - cy) || 1;
      return [x - ((x - cx) / d) * inset, y - ((y - cy) / d) * inset];
    });
  };
  const [pa, pb] = [shrink(a), shrink(b)];
  for (const poly of [pa, pb]) {
    for (let i = 0; i < poly.length; i++) {
      const [x1, y1] = poly[i] as Point;
      const [x2, y2] = poly[(i + 1) % poly.length] as Point;
      const [nx, ny] = [y1 - y2, x2 - x1];
      const project = (p: Point[]) => p.map(([x, y]) => x * nx + y * ny);
      const [ra, rb] = [project(pa), project(pb)];
      if (Math.max(...ra) <= Math.min(...rb) || Math.max(...rb) <= Math.min(...ra)) return false;
    }
  }
  return true;
}

/** One name drawn twice in one place (the highlighted layer over the faded one) reads as one label. */
function sameLabel(a: DrawnText, b: DrawnText): boolean {
  const stem = (t: string) => t.replace(/…$/, '');
  const sameName = a.text === b.text || a.text.startsWith(stem(b.text)) || b.text.startsWith(stem(a.text));
  const [ax, ay] = a.corners[0] as Point;
  const [bx, by] = b.corners[0] as Point;
  return a.layer !== b.layer && sameName && Math.abs(ax - bx) < 2 && Math.abs(ay - by) < 2;
}

/**
 * The report once the canvas has settled (the camera may still be flying to a selection or a
 * comparison): the same labels at the same places twice in a row, 300 ms apart.
 */
export async function settledReport(page: Page, timeout = 10_000): Promise<CanvasReport> {
  const key = (drawn: DrawnText[]) => JSON.stringify(drawn.map((d) => [d.text, d.corners.map(([x, y]) => [Math.round(x), Math.round(y)])]));
  let last = await drawnText(page);
  for (const end = Date.now() + timeout; Date.now() < end; ) {
    await page.waitForTimeout(300);
    const now = await drawnText(page);
    if (key(now) === key(last) && now.length > 0) break;
    last = now;
  }
  return canvasReport(page);
}

export async function canvasReport(page: Page): Promise<CanvasReport> {
  const drawn = (await drawnText(page)).filter((d) => d.text.trim() !== '');
  let overlaps = 0;
  for (let i = 0; i < drawn.length; i++) {
    for (let j = i + 1; j < drawn.length; j++) {
      const [a, b] = [drawn[i] as DrawnText, drawn[j] as DrawnText];
      if (!sameLabel(a, b) && polygonsOverlap(a.corners, b.corners)) overlaps += 1;
    }
  }
  const { crossings, hidden } = await inkUnderLabels(page, drawn);
  return {
    labels: drawn.filter((d) => d.layer !== 'edgeLabels').length,
    edgeLabels: drawn.filter((d) => d.layer === 'edgeLabels').length,
    overlaps,
    discCrossings: crossings,
    hidden,
    drawn,
  };
}

/**
 * Node discs under labels, counted from a screenshot of the node layers alone: a label crosses a
 * disc when more than a few pixels inside its box (an inset of 1 px) are node ink. A node label's
 * own disc sits beside it, never under it, so any ink there is another node's.
 */
async function inkUnderLabels(page: Page, drawn: DrawnText[]): Promise<{ crossings: number; hidden: number }> {
  const canvas = page.locator('.graph-canvas');
  const png = (
    await canvas.screenshot({
      style: '.graph-canvas canvas:not(.sigma-nodes):not(.sigma-hoverNodes), .canvas-controls, .reader, .changes-panel { visibility: hidden !important; }',
    })
  ).toString('base64');
  return page.evaluate(
    async ({ data, labels }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const probe = document.createElement('canvas');
      [probe.width, probe.height] = [image.width, image.height];
      const ctx = probe.getContext('2d');
      if (!ctx) return { crossings: 0, hidden: 0 };
      ctx.drawImage(image, 0, 0);
      const pixels = ctx.getImageData(0, 0, probe.width, probe.height).data;
      // The most common colour is the background (the first pixel may be a sliver of a border).
      const counts = new Map<number, number>();
      for (let i = 0; i < pixels.length; i += 4 * 7) {
        const key = ((pixels[i] ?? 0) << 16) | ((pixels[i + 1] ?? 0) << 8) | (pixels[i + 2] ?? 0);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const common = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
      const background = [(common >> 16) & 255, (common >> 8) & 255, common & 255];
      const inside = (poly: [number, number][], x: number, y: number) => {
        let sign = 0;
        for (let i = 0; i < poly.length; i++) {
          const [x1, y1] = poly[i] as [number, number];
          const [x2, y2] = poly[(i + 1) % poly.length] as [number, number];
          const cross = (x2 - x1) * (y - y1) - (y2 - y1) * (x - x1);
          if (cross === 0) continue;
          if (sign === 0) sign = Math.sign(cross);
          else if (Math.sign(cross) !== sign) return false;
        }
        return true;
      };
      // What covers the canvas: zoom buttons and panels drawn over it.
      const host = document.querySelector('.graph-canvas')?.getBoundingClientRect();
      const covers = ['.canvas-controls', '.reader', '.changes-panel']
        .flatMap((s) => [...document.querySelectorAll(s)])
        .map((el) => el.getBoundingClientRect())
        .map((r) => ({ x: r.left - (host?.left ?? 0), y: r.top - (host?.top ?? 0), w: r.width, h: r.height }));
      let crossings = 0;
      let hidden = 0;
      for (const corners of labels) {
        const xs = corners.map((c) => c[0]);
        const ys = corners.map((c) => c[1]);
        const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
        const off = x0 < -1 || y0 < -1 || x1 > probe.width + 1 || y1 > probe.height + 1;
        const under = covers.some((c) => x1 > c.x && x0 < c.x + c.w && y1 > c.y && y0 < c.y + c.h);
        if (off || under) hidden += 1;
        // Inset by 1 px: antialiased edges of a neighbouring disc may touch a box without crossing it.
        const cx = (x0 + x1) / 2;
        const cy = (y0 + y1) / 2;
        const shrunk = corners.map(([x, y]) => {
          const d = Math.hypot(x - cx, y - cy) || 1;
          return [x - ((x - cx) / d) * 1.5, y - ((y - cy) / d) * 1.5] as [number, number];
        });
        let ink = 0;
        for (let y = Math.max(0, Math.floor(y0)); y < Math.min(probe.height, Math.ceil(y1)); y++) {
          for (let x = Math.max(0, Math.floor(x0)); x < Math.min(probe.width, Math.ceil(x1)); x++) {
            if (!inside(shrunk, x + 0.5, y + 0.5)) continue;
            const i = (y * probe.width + x) * 4;
            if (Math.abs((pixels[i] ?? 0) - (background[0] ?? 0)) + Math.abs((pixels[i + 1] ?? 0) - (background[1] ?? 0)) + Math.abs((pixels[i + 2] ?? 0) - (background[2] ?? 0)) > 24) ink += 1;
          }
        }
        if (ink > 3) crossings += 1;
      }
      return { crossings, hidden };
    },
    { data: png, labels: drawn.map((d) => d.corners) },
  );
}
