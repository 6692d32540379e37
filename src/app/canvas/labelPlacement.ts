/**
 * Where node labels go, so that none overlaps another, none is cut by the canvas edge, and none
 * hides under the article reader. Sigma draws labels one by one in its own order; we collect a
 * drawing pass (all of it runs in one task) and place it at the end of that task, before the frame
 * is painted: the most important labels first (the hovered node, then the selection, then the
 * rest in sigma's order), each to the right of its node, else to its left, else not drawn.
 * The boxes placed are written on the canvas container (data-label-boxes), so a test can measure
 * what the renderer really drew.
 */
export type Box = { x: number; y: number; w: number; h: number };

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Pairs of boxes that overlap: the figure the tests hold at zero. */
export function countOverlaps(boxes: Box[]): number {
  let count = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i] as Box, boxes[j] as Box)) count += 1;
  }
  return count;
}

/** A label waiting to be placed: its node's centre and radius in pixels, its text width, and how much it matters. */
export type LabelRequest = { x: number; y: number; radius: number; width: number; height: number; priority: number };

const GAP = 3;

/** The two places a label may take: right of its node (sigma's own), or left of it. */
export function candidates(r: LabelRequest): Box[] {
  const y = r.y - r.height / 2;
  return [
    { x: r.x + r.radius + GAP, y, w: r.width, h: r.height },
    { x: r.x - r.radius - GAP - r.width, y, w: r.width, h: r.height },
  ];
}

/**
 * The visible part of the canvas: its size, less what a panel over it hides on the right and
 * what sits on top of it (the zoom buttons).
 */
export type Area = { width: number; height: number; hiddenRight: number; covered?: Box[] };

function inside(box: Box, area: Area): boolean {
  const onCanvas = box.x >= 0 && box.y >= 0 && box.x + box.w <= area.width - area.hiddenRight && box.y + box.h <= area.height;
  return onCanvas && !(area.covered ?? []).some((c) => overlaps(box, c));
}

const disc = (r: LabelRequest): Box => ({ x: r.x - r.radius, y: r.y - r.radius, w: 2 * r.radius, h: 2 * r.radius });

/**
 * Places labels greedily by priority (stable: equal priorities keep their order), clear of the
 * labels already placed and of the other nodes' discs. Returns each request's box, or null when it
 * has no free place. A request with `priority` above `mustShow` always gets a box: its first place
 * inside the area, even over a lesser label.
 */
export function placeLabels(requests: LabelRequest[], area: Area, mustShow = Infinity): (Box | null)[] {
  const order = requests.map((_r, i) => i).sort((a, b) => (requests[b] as LabelRequest).priority - (requests[a] as LabelRequest).priority);
  const discs = requests.map(disc);
  const placed: Box[] = [];
  const result: (Box | null)[] = requests.map(() => null);
  for (const i of order) {
    const request = requests[i] as LabelRequest;
    const options = candidates(request).filter((box) => inside(box, area));
    const clear = (box: Box) => placed.every((other) => !overlaps(box, other)) && discs.every((d, j) => j === i || !overlaps(box, d));
    const free = options.find(clear);
    const box = free ?? (request.priority > mustShow ? (options[0] ?? candidates(request)[0] ?? null) : null);
    if (box) {
      placed.push(box);
      result[i] = box;
    }
  }
  return result;
}
