/**
 * Sigma's label and hover drawers, replaced by ones that collect a pass and place it with
 * placeLabels(): no overlap, nothing cut by the edge or hidden under the reader. The hovered and
 * the selected node always show their full label, drawn last (on top); a neighbour whose label has
 * no room keeps its halo, so it still reads as highlighted.
 */
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from '../../model/graph';
import { hiddenRight } from './frame';
import { placeLabels, type Area, type Box, type LabelRequest } from './labelPlacement';
import type { RenderState } from './reducers';

type S = Settings<NodeAttributes, EdgeAttributes, GraphAttributes>;
type Data = Parameters<NodeLabelDrawingFunction>[1] & { key?: string };
type Pending = { context: CanvasRenderingContext2D; data: Data; settings: S; label: string; request: LabelRequest };

const PADDING = 2;
/** Above this, a label is drawn even where it must cover a lesser one: the hovered and the selected node. */
const MUST_SHOW = 1;

function font(settings: S): string {
  return `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
}

/** The canvas area a label may use: the reader panel, when open, covers the right of the canvas, the zoom buttons its bottom left. */
function areaOf(canvas: HTMLCanvasElement): Area {
  // Sigma sizes its canvases in device pixels: dividing back avoids forcing a layout every frame.
  const ratio = window.devicePixelRatio || 1;
  const controls = canvas.closest('.react-sigma')?.querySelector('.canvas-controls');
  const covered = controls instanceof HTMLElement ? [{ x: controls.offsetLeft, y: controls.offsetTop, w: controls.offsetWidth, h: controls.offsetHeight }] : [];
  return { width: canvas.width / ratio, height: canvas.height / ratio, hiddenRight: hiddenRight(canvas), covered };
}

function drawText(context: CanvasRenderingContext2D, text: string, box: Box, data: Data, settings: S): void {
  context.fillStyle = settings.labelColor.color ?? '#000';
  context.font = font(settings);
  context.fillText(text, box.x, data.y + settings.labelSize / 3);
}

/** The white halo of a highlighted node, with its label's box when it has one (sigma's look, either side). */
function drawHalo(context: CanvasRenderingContext2D, data: Data, box: Box | null): void {
  context.fillStyle = '#FFF';
  context.shadowBlur = 8;
  context.shadowColor = '#000';
  context.beginPath();
  context.arc(data.x, data.y, data.size + PADDING, 0, Math.PI * 2);
  if (box) context.rect(box.x - PADDING, box.y - PADDING, box.w + 2 * PADDING, box.h + 2 * PADDING);
  context.fill();
  context.shadowBlur = 0;
}

/** Collects the calls of one drawing pass, per canvas, and hands them over once the pass is done (same task, before paint). */
class Pass {
  private readonly canvases = new Map<CanvasRenderingContext2D, { items: Pending[]; keys: Set<string | undefined> }>();
  constructor(private readonly flush: (items: Pending[]) => void) {}

  add(item: Pending): void {
    if (this.canvases.size === 0) queueMicrotask(() => this.end());
    let pass = this.canvases.get(item.context);
    // A node met twice on one canvas means sigma cleared it and started a new pass in the same task
    // (the PNG export renders twice in a row): the earlier pass is gone from the canvas, drop it.
    if (!pass || (item.data.key !== undefined && pass.keys.has(item.data.key))) {
      pass = { items: [], keys: new Set() };
      this.canvases.set(item.context, pass);
    }
    pass.items.push(item);
    pass.keys.add(item.data.key);
  }

  private end(): void {
    const passes = [...this.canvases.values()];
    this.canvases.clear();
    passes.forEach((pass) => this.flush(pass.items));
  }
}

/** Writes the boxes drawn, each as [x, y, width, height, priority], on the canvas container for tests to measure. */
function report(items: Pending[], boxes: (Box | null)[], attribute: 'labelBoxes' | 'hoverLabelBoxes'): void {
  const container = items[0]?.context.canvas.parentElement;
  if (!container) return;
  const drawn = items.flatMap((item, i) => {
    const box = boxes[i];
    return box ? [[box.x, box.y, box.w, box.h].map(Math.round).concat(item.request.priority)] : [];
  });
  const json = JSON.stringify(drawn);
  if (container.dataset[attribute] !== json) container.dataset[attribute] = json;
}

export function createLabelDrawers(graph: KnowledgeGraph, state: RenderState): { drawLabel: NodeLabelDrawingFunction; drawHover: NodeHoverDrawingFunction } {
  const request = (context: CanvasRenderingContext2D, data: Data, settings: S, label: string, priority: number): LabelRequest => {
    context.font = font(settings);
    return { x: data.x, y: data.y, radius: data.size, width: context.measureText(label).width, height: settings.labelSize + 2, priority };
  };

  const labels = new Pass((items) => {
    const boxes = placeLabels(items.map((i) => i.request), areaOf(items[0]!.context.canvas));
    items.forEach((item, i) => {
      const box = boxes[i];
      if (box) drawText(item.context, item.label, box, item.data, item.settings);
    });
    report(items, boxes, 'labelBoxes');
  });

  const hovers = new Pass((items) => {
    const boxes = placeLabels(items.map((i) => i.request), areaOf(items[0]!.context.canvas), MUST_SHOW);
    // Drawn from the least to the most important, so the selection's label is on top.
    const order = items.map((_item, i) => i).sort((a, b) => items[a]!.request.priority - items[b]!.request.priority);
    for (const i of order) {
      const item = items[i] as Pending;
      const box = boxes[i] ?? null;
      drawHalo(item.context, item.data, box);
      if (box) drawText(item.context, item.label, box, item.data, item.settings);
    }
    report(items, boxes, 'hoverLabelBoxes');
  });

  const priorityOf = (node: string | undefined): number => {
    if (node === undefined) return 0;
    if (node === state.hovered) return 3;
    if (node === state.selected) return 2;
    return state.path.nodes.has(node) ? 1 : 0;
  };

  return {
    drawLabel: (context, data, settings) => {
      const d = data as Data;
      // A highlighted or hovered node's label is drawn on the hover layer, placed there: a second,
      // faded copy placed apart on the base layer would read as a duplicate.
      if (!data.label || data.highlighted || (d.key !== undefined && d.key === state.hovered)) return;
      // Among ordinary labels the larger node (more relations) is placed first: Viet Nam before its neighbours.
      const priority = priorityOf(d.key) + Math.min(data.size, 100) / 1000;
      labels.add({ context, data: d, settings: settings as S, label: data.label, request: request(context, d, settings as S, data.label, priority) });
    },
    drawHover: (context, data, settings) => {
      const d = data as Data;
      const priority = priorityOf(d.key);
      // The hovered and the selected node read in full; the rest keep the canvas's short form.
      const label = priority > MUST_SHOW && d.key && graph.hasNode(d.key) ? graph.getNodeAttribute(d.key, 'labels')[state.lang] : (data.label ?? '');
      hovers.add({ context, data: d, settings: settings as S, label, request: request(context, d, settings as S, label, label ? priority : -1) });
    },
  };
}
