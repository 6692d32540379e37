import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { twoLines } from '../../../src/app/canvas/labelDrawers';
import {
  countOverlaps,
  crossesDisc,
  edgeLabelCandidates,
  nodeLabelCandidates,
  placeLabels,
  type Box,
  type Disc,
  type LabelRequest,
} from '../../../src/app/canvas/labelPlacement';

const area = { width: 400, height: 300 };
const label = (x: number, y: number, width: number, priority = 0, key?: string): LabelRequest => ({
  key,
  candidates: nodeLabelCandidates(x, y, 5, width, 14),
  priority,
});

describe('label placement', () => {
  it('puts a label right of its node, else left, else above or below', () => {
    // b's right is taken by the label of the node at 250; c's right would cross the edge.
    const [a, b, c] = placeLabels([label(100, 100, 80), label(170, 100, 40), label(390, 200, 50)], area);
    expect(a?.x).toBe(108);
    expect(b).toMatchObject({ x: 170 - 20, y: 100 - 5 - 3 - 14 });
    expect(c?.x).toBe(390 - 5 - 3 - 50);
  });

  it('never lays a label across another node’s disc, but may touch its own', () => {
    const discs: Disc[] = [
      { x: 100, y: 100, r: 5, key: 'a' },
      { x: 130, y: 100, r: 10, key: 'b' },
    ];
    const [box] = placeLabels([label(100, 100, 80, 0, 'a')], area, discs);
    expect(box).not.toBeNull();
    expect(crossesDisc(box as Box, discs[1] as Disc)).toBe(false);
    expect(box?.x).toBe(100 - 5 - 3 - 80);
  });

  it('drops a label with no free place, but never the one that must show', () => {
    const crowded = { ...label(100, 100, 200, 0), mustShow: false };
    const first = { ...label(100, 104, 200, 3), mustShow: true };
    const discs: Disc[] = [-30, 30].flatMap((dy) => [-60, 0, 60].map((dx) => ({ x: 100 + dx, y: 100 + dy, r: 20 })));
    const boxes = placeLabels([crowded, first], area, discs);
    expect(boxes[1]).not.toBeNull();
    expect(boxes[0]).toBeNull();
  });

  it('keeps labels off what is drawn over the canvas (the zoom buttons)', () => {
    const buttons = { x: 0, y: 200, w: 60, h: 100 };
    const [box] = placeLabels([label(20, 250, 80)], { ...area, covered: [buttons] });
    expect(box).toBeNull();
    const [free] = placeLabels([label(200, 250, 80)], { ...area, covered: [buttons] });
    expect(free).not.toBeNull();
  });

  it('writes an edge’s label level, on the middle of the edge when it is free', () => {
    const [box] = placeLabels([{ candidates: edgeLabelCandidates(100, 100, 300, 200, 60, 12), priority: 0.3 }], area, [
      { x: 100, y: 100, r: 8 },
      { x: 300, y: 200, r: 8 },
    ]);
    expect(box).toEqual({ x: 170, y: 144, w: 60, h: 12 });
  });

  it('cuts a long name in two lines at the space nearest its middle', () => {
    expect(twoLines('Viet Nam–EU defence and security…')).toBe('Viet Nam–EU defence\nand security…');
    expect(twoLines('Norway')).toBeNull();
  });

  it('never places two labels that overlap, nor one across a disc, nor one outside the area', () => {
    const request = fc.record({ x: fc.integer({ min: 0, max: 400 }), y: fc.integer({ min: 0, max: 300 }), w: fc.integer({ min: 5, max: 150 }), r: fc.integer({ min: 1, max: 20 }) });
    fc.assert(
      fc.property(fc.array(request, { maxLength: 60 }), (specs) => {
        const discs = specs.map((s, i) => ({ x: s.x, y: s.y, r: s.r, key: String(i) }));
        const requests = specs.map((s, i) => ({ key: String(i), candidates: nodeLabelCandidates(s.x, s.y, s.r, s.w, 14), priority: s.r }));
        const boxes = placeLabels(requests, area, discs);
        const placed = boxes.filter((b): b is NonNullable<typeof b> => b !== null);
        expect(countOverlaps(placed)).toBe(0);
        boxes.forEach((b, i) => b && discs.forEach((d, j) => i !== j && expect(crossesDisc(b, d)).toBe(false)));
        for (const b of placed) expect(b.x >= 0 && b.y >= 0 && b.x + b.w <= 400 && b.y + b.h <= 300).toBe(true);
      }),
    );
  });

  it('gives the place two labels want to the one that matters more (the hub, by its size)', () => {
    const spot = [{ x: 10, y: 10, w: 50, h: 14 }];
    const boxes = placeLabels([{ candidates: spot, priority: 0.005 }, { candidates: spot, priority: 0.015 }], area);
    expect(boxes).toEqual([null, spot[0]]);
  });
});
