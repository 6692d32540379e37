/**
 * Sigma's label drawers (nodes, highlighted nodes, edges) replaced by ones that collect what a
 * frame asks for and place it all at once with placeLabels(), at the end of the task, before
 * the frame is painted: no label over another (node or edge), none across a node's disc, none
 * cut by the edge. The hovered and the selected node always show their full label, on top; a
 * neighbour whose label has no room keeps its halo, so it still reads as highlighted. Edge
 * labels are written level and whole, where they fit, or not at all — never cut to "có…".
 */
import type Sigma from 'sigma';
import type { EdgeLabelDrawingFunction, NodeHoverDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from '../../model/graph';
import { visibleDiscs } from './canvasDiscs';
import { edgeLabelCandidates, nodeLabelCandidates, placeLabels, type Area, type Box, type Candidate, type Disc, type LabelRequest } from './labelPlacement';
import type { RenderState } from './reducers';

type S = Settings<NodeAttributes, EdgeAttributes, GraphAttributes>;
type NodeData = Parameters<NodeLabelDrawingFunction>[1] & { key?: string };
type Layer = 'labels' | 'hovers' | 'edgeLabels';
/** `id` names what the label is for (a node, an edge): met twice in one frame, it starts a new one. */
type Item = { id: string; request: LabelRequest; draw: (context: CanvasRenderingContext2D, box: Candidate | null) => void; disc?: Disc };

const PADDING = 2;
/** The hovered node (3) and the selection (2) always show; the path (1), the neighbourhood, then edges. */
const PRIORITY = { hovered: 3, selected: 2, path: 1, highlighted: 0.5, edge: 0.3 } as const;

function nodeFont(settings: S): string {
  return `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
}

function edgeFont(settings: S): string {
  return `${settings.edgeLabelWeight} ${settings.edgeLabelSize}px ${settings.edgeLabelFont}`;
}

/** The canvas area a label may use: the whole canvas, less what is drawn over it (the zoom buttons). */
function areaOf(container: HTMLElement): Area {
  const host = container.getBoundingClientRect();
  const covered = [...(container.closest('.react-sigma')?.querySelectorAll('[data-covers-canvas]') ?? [])].map((element) => {
    const r = element.getBoundingClientRect();
    return { x: r.left - host.left, y: r.top - host.top, w: r.width, h: r.height };
  });
  return { width: container.offsetWidth, height: container.offsetHeight, covered };
}

/** The white halo of a highlighted node, with its label's box when it has one (sigma's look, either side). */
function drawHalo(context: CanvasRenderingContext2D, data: NodeData, box: Box | null): void {
  context.fillStyle = '#FFF';
  context.shadowBlur = 8;
  context.shadowColor = '#000';
  context.beginPath();
  context.arc(data.x, data.y, data.size + PADDING, 0, Math.PI * 2);
  if (box) context.rect(box.x - PADDING, box.y - PADDING, box.w + 2 * PADDING, box.h + 2 * PADDING);
  context.fill();
  context.shadowBlur = 0;
}

/** One renderer's frame: what each layer asked for in this task (null: the layer was not drawn in it). */
type Frame = Record<Layer, Item[] | null>;

/**
 * Collects the drawers' calls per renderer (the page's, and the PNG export's temporary one) and
 * places them once the task's drawing is done. A frame that redraws only the highlighted layers
 * (sigma does so on hover) places the last node labels again around the new ones.
 */
class LabelLayers {
  private readonly frames = new Map<HTMLElement, Frame>();
  private readonly last = new Map<HTMLElement, Record<Layer, Item[]>>();
  private readonly renderers = new Map<HTMLElement, Sigma>();
  private readonly widths = new Map<string, number>();

  width(context: CanvasRenderingContext2D, font: string, text: string): number {
    const key = `${font}\u0000${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      context.font = font;
      width = context.measureText(text).width;
      if (this.widths.size > 20_000) this.widths.clear();
      this.widths.set(key, width);
    }
    return width;
  }

  add(layer: Layer, context: CanvasRenderingContext2D, item: Item | null): void {
    const container = context.canvas.parentElement;
    if (container) this.addTo(container, layer, item);
  }

  private addTo(container: HTMLElement, layer: Layer, item: Item | null): void {
    if (this.frames.size === 0) queueMicrotask(() => this.flush());
    let frame = this.frames.get(container);
    // The same label twice in one task: the renderer drew again (the PNG export renders twice in a row).
    if (frame && item && frame[layer]?.some((other) => other.id === item.id)) frame = undefined;
    if (!frame) {
      frame = { labels: null, hovers: null, edgeLabels: null };
      this.frames.set(container, frame);
    }
    const list = (frame[layer] ??= []);
    if (item) list.push(item);
  }

  /** The page's renderer: its discs are read from sigma itself, and what it drew so far is placed again with them. */
  attach(sigma: Sigma): () => void {
    const container = sigma.getContainer();
    this.renderers.set(container, sigma);
    // A whole frame begins: even one that asks for no node label at all replaces the last one's.
    const begin = () => this.addTo(container, 'labels', null);
    sigma.on('beforeRender', begin);
    this.place(container);
    return () => {
      sigma.off('beforeRender', begin);
      this.renderers.delete(container);
      this.last.delete(container);
    };
  }

  private flush(): void {
    const containers = [...this.frames.keys()];
    for (const container of containers) {
      const frame = this.frames.get(container) as Frame;
      const last = this.last.get(container);
      // Sigma redraws the highlighted layers and the edge labels in every frame, the node labels only in whole ones.
      this.last.set(container, { labels: frame.labels ?? last?.labels ?? [], hovers: frame.hovers ?? [], edgeLabels: frame.edgeLabels ?? [] });
    }
    this.frames.clear();
    containers.forEach((container) => this.place(container));
  }

  private place(container: HTMLElement): void {
    const items = this.last.get(container);
    if (!items) return;
    const sigma = this.renderers.get(container);
    // The hovered layer names a node in full: the faded layer under it does not name it again.
    const onTop = new Set(items.hovers.map((i) => i.request.key));
    const labels = items.labels.filter((i) => !onTop.has(i.request.key));
    const all = [...items.hovers, ...items.edgeLabels, ...labels];
    const discs = sigma ? visibleDiscs(sigma) : all.flatMap((i) => (i.disc ? [i.disc] : []));
    const boxes = placeLabels(all.map((i) => i.request), areaOf(container), discs);
    const layers: [Layer, Item[]][] = [['edgeLabels', items.edgeLabels], ['labels', labels], ['hovers', items.hovers]];
    let at = 0;
    const boxOf = new Map(all.map((item) => [item, boxes[at++] ?? null]));
    for (const [layer, list] of layers) {
      const canvas = container.querySelector<HTMLCanvasElement>(`canvas.sigma-${layer}`);
      const context = canvas?.getContext('2d');
      if (!canvas || !context) continue;
      context.clearRect(0, 0, canvas.width, canvas.height);
      // Drawn from the least to the most important, so the selection's label is on top.
      const ordered = [...list].sort((a, b) => a.request.priority - b.request.priority);
      for (const item of ordered) item.draw(context, boxOf.get(item) ?? null);
    }
  }
}

/** A long name cut in two lines at the space nearest its middle; null for a short one. */
export function twoLines(label: string): string | null {
  if (label.length < 16) return null;
  const middle = label.length / 2;
  let best = -1;
  for (let i = label.indexOf(' '); i !== -1; i = label.indexOf(' ', i + 1)) if (best === -1 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  return best > 0 ? `${label.slice(0, best)}\n${label.slice(best + 1)}` : null;
}

export function createLabelDrawers(
  graph: KnowledgeGraph,
  state: RenderState,
): { drawLabel: NodeLabelDrawingFunction; drawHover: NodeHoverDrawingFunction; drawEdgeLabel: EdgeLabelDrawingFunction; attach: (sigma: Sigma) => () => void } {
  const layers = new LabelLayers();

  // A label of two lines (a long name wrapped) is drawn line by line, left-aligned in its box.
  const text = (context: CanvasRenderingContext2D, label: string, box: Box, settings: S) => {
    context.fillStyle = settings.labelColor.color ?? '#000';
    context.font = nodeFont(settings);
    const lines = label.split('\n');
    const line = box.h / lines.length;
    // On a large graph a name may lie over specks too small to keep clear of: a white outline keeps it readable.
    const outlined = state.labelled !== null;
    if (outlined) Object.assign(context, { lineWidth: 3, strokeStyle: '#fff', lineJoin: 'round' });
    lines.forEach((part, i) => {
      const y = box.y + line * i + line / 2 + settings.labelSize / 3;
      if (outlined) context.strokeText(part, box.x, y);
      context.fillText(part, box.x, y);
    });
  };

  const nodeItem = (context: CanvasRenderingContext2D, data: NodeData, settings: S, label: string, priority: number, halo: boolean): Item => {
    const mustShow = priority >= PRIORITY.selected;
    const height = settings.labelSize + 2;
    const around = (text: string, as?: string): Candidate[] => {
      const lines = text.split('\n');
      const width = Math.max(...lines.map((line) => layers.width(context, nodeFont(settings), line)));
      return nodeLabelCandidates(data.x, data.y, data.size, width, height * lines.length, mustShow).map((box) => (as ? { ...box, text: as } : box));
    };
    // Where the name has no room on one line it may have on two, or as its acronym (EU, PCA): a hub is named rather than left blank.
    const wrapped = mustShow ? null : twoLines(label);
    const short = mustShow || data.key === undefined ? undefined : state.shortLabel(data.key);
    const candidates = label ? [...around(label), ...(wrapped ? around(wrapped, wrapped) : []), ...(short ? around(short, short) : [])] : [];
    return {
      id: data.key ?? '',
      request: { key: data.key, candidates, priority, mustShow },
      disc: { x: data.x, y: data.y, r: data.size, key: data.key },
      draw: (ctx, box) => {
        if (halo) drawHalo(ctx, data, box);
        if (box) text(ctx, box.text ?? label, box, settings);
      },
    };
  };

  const priorityOf = (node: string | undefined): number => {
    if (node === undefined) return PRIORITY.highlighted;
    if (node === state.hovered) return PRIORITY.hovered;
    if (node === state.selected) return PRIORITY.selected;
    return state.path.nodes.has(node) ? PRIORITY.path : PRIORITY.highlighted;
  };
  // Among ordinary labels the larger node (more relations) is placed first: the hubs are named before their neighbours.
  const bySize = (size: number) => Math.min(size, 100) / 1000;

  return {
    drawLabel: (context, data, settings) => {
      const d = data as NodeData;
      // A node without a label still brings its disc, for the others' labels to keep clear of.
      layers.add('labels', context, nodeItem(context, d, settings as S, d.label ?? '', bySize(d.size), false));
    },
    drawHover: (context, data, settings) => {
      const d = data as NodeData;
      const priority = priorityOf(d.key) + bySize(d.size);
      // The hovered and the selected node read in full; the rest keep the canvas's short form.
      const full = priority >= PRIORITY.selected && d.key !== undefined && graph.hasNode(d.key);
      const label = full ? graph.getNodeAttribute(d.key as string, 'labels')[state.lang] : (d.label ?? '');
      layers.add('hovers', context, nodeItem(context, d, settings as S, label, priority, true));
    },
    drawEdgeLabel: (context, edgeData, source, target, settings) => {
      const label = edgeData.label;
      if (!label) return layers.add('edgeLabels', context, null);
      const s = settings as S;
      const width = layers.width(context, edgeFont(s), label);
      const height = s.edgeLabelSize + 2;
      const key = (edgeData as { key?: string }).key;
      const priority = PRIORITY.edge + (key !== undefined && state.path.edges.has(key) ? 0.1 : 0);
      layers.add('edgeLabels', context, {
        id: key ?? label,
        request: { candidates: edgeLabelCandidates(source.x, source.y, target.x, target.y, width, height), priority },
        draw: (ctx, box) => {
          if (!box) return;
          ctx.font = edgeFont(s);
          const y = box.y + box.h / 2 + s.edgeLabelSize / 3;
          // A white outline keeps the words readable across the edges they lie on.
          ctx.lineWidth = 3;
          ctx.strokeStyle = '#fff';
          ctx.lineJoin = 'round';
          ctx.strokeText(label, box.x, y);
          ctx.fillStyle = s.edgeLabelColor.color ?? '#495057';
          ctx.fillText(label, box.x, y);
        },
      });
    },
    attach: (sigma) => layers.attach(sigma),
  };
}
