import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countOverlaps, placeLabels, type Box, type LabelRequest } from '../../../src/app/canvas/labelPlacement';

const area = { width: 400, height: 300, hiddenRight: 0 };
const label = (x: number, y: number, width: number, priority = 0): LabelRequest => ({ x, y, radius: 5, width, height: 14, priority });

describe('label placement', () => {
  it('puts a label right of its node, or left when the right is taken or past the edge', () => {
    // b's right is taken by the node at 270; c's right would cross the edge.
    const [a, b, c] = placeLabels([label(100, 100, 80), label(250, 100, 40), label(390, 200, 50), label(270, 100, 1)], area);
    expect(a?.x).toBe(108);
    expect(b?.x).toBe(250 - 5 - 3 - 40);
    expect(c?.x).toBe(390 - 5 - 3 - 50);
  });

  it('drops a label with no free place, but never the one that must show', () => {
    const boxes = placeLabels([label(100, 100, 200, 0), label(100, 104, 200, 3)], area, 1);
    expect(boxes[1]).not.toBeNull();
    expect(boxes[0]).toBeNull();
  });

  it('keeps clear of the part a panel hides', () => {
    const [box, hidden] = placeLabels([label(200, 100, 60), label(300, 200, 60)], { ...area, hiddenRight: 150 });
    expect(box?.x).toBe(200 - 5 - 3 - 60);
    expect(hidden).toBeNull();
  });

  it('keeps labels off the zoom buttons drawn over the canvas', () => {
    const buttons = { x: 0, y: 200, w: 60, h: 100 };
    const [box] = placeLabels([label(20, 250, 80)], { ...area, covered: [buttons] });
    expect(box).toBeNull();
    const [free] = placeLabels([label(200, 250, 80)], { ...area, covered: [buttons] });
    expect(free).not.toBeNull();
  });

  it('never places two labels that overlap, nor one outside the area', () => {
    const request = fc.record({ x: fc.integer({ min: 0, max: 400 }), y: fc.integer({ min: 0, max: 300 }), w: fc.integer({ min: 5, max: 150 }) });
    fc.assert(
      fc.property(fc.array(request, { maxLength: 60 }), (specs) => {
        const boxes = placeLabels(specs.map((s) => label(s.x, s.y, s.w)), area).filter((b): b is Box => b !== null);
        expect(countOverlaps(boxes)).toBe(0);
        for (const b of boxes) expect(b.x >= 0 && b.y >= 0 && b.x + b.w <= 400 && b.y + b.h <= 300).toBe(true);
      }),
    );
  });
});
