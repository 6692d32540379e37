/**
 * Where labels go, so that none overlaps another label (node or edge), none crosses a node's
 * disc, none is cut by the canvas edge and none hides under something drawn over the canvas.
 * Sigma draws labels one by one in its own order; the canvas collects a drawing pass and places
 * it here, before the frame is painted: the most important first (the hovered node, the
 * selection, the path, the highlighted neighbourhood, the edges' labels, then the other nodes by
 * size, so the hubs are named first), each in the first of a few places around its node that is
 * free, or not at all.
 */
export type Box = { x: number; y: number; w: number; h: number };
/** A place a label may take; `text`, when set, is a shorter form of the label that fits there. */
export type Candidate = Box & { text?: string };
/** A node's disc on screen; `key` is its node, whose own label may touch it. */
export type Disc = { x: number; y: number; r: number; key?: string };

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Pairs of boxes that overlap. */
export function countOverlaps(boxes: Box[]): number {
  let count = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i] as Box, boxes[j] as Box)) count += 1;
  }
  return count;
}

export function crossesDisc(box: Box, disc: Disc): boolean {
  const nearestX = Math.max(box.x, Math.min(disc.x, box.x + box.w));
  const nearestY = Math.max(box.y, Math.min(disc.y, box.y + box.h));
  return (disc.x - nearestX) ** 2 + (disc.y - nearestY) ** 2 < disc.r * disc.r;
}

const CELL = 48;

/**
 * What is already on the canvas (discs, placed labels), bucketed in a grid of cells so that a
 * query looks only at its neighbourhood: a large graph's thousands of discs cost no more per
 * label than a small one's.
 */
export class Obstacles {
  private readonly cells = new Map<number, (Box | Disc)[]>();

  private add(item: Box | Disc, x0: number, y0: number, x1: number, y1: number): void {
    for (let cy = Math.floor(y0 / CELL); cy <= Math.floor(y1 / CELL); cy++) {
      for (let cx = Math.floor(x0 / CELL); cx <= Math.floor(x1 / CELL); cx++) {
        const key = cy * 100_003 + cx;
        const list = this.cells.get(key);
        if (list) list.push(item);
        else this.cells.set(key, [item]);
      }
    }
  }

  addBox(box: Box): void {
    this.add(box, box.x, box.y, box.x + box.w, box.y + box.h);
  }

  addDisc(disc: Disc): void {
    this.add(disc, disc.x - disc.r, disc.y - disc.r, disc.x + disc.r, disc.y + disc.r);
  }

  /** Whether a box would overlap a label already placed, or cross a disc other than `own`'s. */
  blocks(box: Box, own?: string): boolean {
    for (let cy = Math.floor(box.y / CELL); cy <= Math.floor((box.y + box.h) / CELL); cy++) {
      for (let cx = Math.floor(box.x / CELL); cx <= Math.floor((box.x + box.w) / CELL); cx++) {
        for (const item of this.cells.get(cy * 100_003 + cx) ?? []) {
          if (!('r' in item)) {
            if (overlaps(box, item)) return true;
          } else if ((own === undefined || item.key !== own) && crossesDisc(box, item)) return true;
        }
      }
    }
    return false;
  }
}

/** A label waiting to be placed: where it may go, in order of preference, and how much it matters. */
export type LabelRequest = {
  /** The node it names (its own disc never blocks it); none for an edge's label. */
  key?: string;
  candidates: Candidate[];
  priority: number;
  /** Drawn even with no free place (the hovered and the selected node): at its first place on the canvas. */
  mustShow?: boolean;
};

const GAP = 3;
const LABEL_AIR = 4;
const DIAGONAL = Math.SQRT1_2;

/**
 * The places a node's label may take: right of the node (sigma's own), left, above, below, then
 * the four corners. A label that must show also has a second ring, one line further out.
 */
export function nodeLabelCandidates(x: number, y: number, radius: number, w: number, h: number, far = false): Box[] {
  const ring = (r: number): Box[] => {
    const d = r * DIAGONAL;
    return [
      { x: x + r + GAP, y: y - h / 2, w, h },
      { x: x - r - GAP - w, y: y - h / 2, w, h },
      { x: x - w / 2, y: y - r - GAP - h, w, h },
      { x: x - w / 2, y: y + r + GAP, w, h },
      { x: x + d + GAP, y: y - d - h, w, h },
      { x: x + d + GAP, y: y + d, w, h },
      { x: x - d - GAP - w, y: y - d - h, w, h },
      { x: x - d - GAP - w, y: y + d, w, h },
    ];
  };
  return far ? [...ring(radius), ...ring(radius + h)] : ring(radius);
}

/** The places an edge's label may take, written level: on the edge's middle, then along it, then just above or below the middle. */
export function edgeLabelCandidates(sx: number, sy: number, tx: number, ty: number, w: number, h: number): Box[] {
  const at = (t: number, dy = 0): Box => ({ x: sx + (tx - sx) * t - w / 2, y: sy + (ty - sy) * t - h / 2 + dy, w, h });
  return [at(0.5), at(0.5, -h / 2 - 1), at(0.5, h / 2 + 1), at(0.4), at(0.6), at(0.3), at(0.7)];
}

/** The visible part of the canvas: its size, less what sits on top of it (the zoom buttons, a panel). */
export type Area = { width: number; height: number; covered?: Box[] };

function inside(box: Box, area: Area): boolean {
  const onCanvas = box.x >= 0 && box.y >= 0 && box.x + box.w <= area.width && box.y + box.h <= area.height;
  return onCanvas && !(area.covered ?? []).some((c) => overlaps(box, c));
}

/**
 * Places labels greedily by priority (stable: equal priorities keep their order), clear of the
 * labels already placed and of every disc but their own node's. Returns each request's box, or
 * null when it has no free place.
 */
export function placeLabels(requests: LabelRequest[], area: Area, discs: Disc[] = []): (Candidate | null)[] {
  const order = requests.map((_r, i) => i).sort((a, b) => (requests[b] as LabelRequest).priority - (requests[a] as LabelRequest).priority);
  const obstacles = new Obstacles();
  discs.forEach((d) => obstacles.addDisc(d));
  const result: (Candidate | null)[] = requests.map(() => null);
  for (const i of order) {
    const request = requests[i] as LabelRequest;
    const options = request.candidates.filter((box) => inside(box, area));
    const box = options.find((b) => !obstacles.blocks(b, request.key)) ?? (request.mustShow ? (options[0] ?? request.candidates[0] ?? null) : null);
    if (box) {
      // A little air around each placed label, so that two names on one line never read as one.
      obstacles.addBox({ x: box.x - LABEL_AIR, y: box.y - 1, w: box.w + 2 * LABEL_AIR, h: box.h + 2 });
      result[i] = box;
    }
  }
  return result;
}
