/**
 * Sigma's node and edge reducers. They run for every element on a full refresh, so they only
 * look values up in the precomputed state (labels, the filter's kept sets, focus and path
 * sets); they never search the graph.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../../model/graph';
import type { Kept } from '../../query/filter';
import { phraseAlone } from '../../model/sentence';
import { EMPTY_FOCUS, type FocusSets } from '../../query/focus';
import type { Lang } from '../state/viewState';
import type { CanvasLabel } from './canvasLabels';

export const EDGE_COLOR = '#c5cad3';
export const FOCUS_EDGE_COLOR = '#343a40';
export const PATH_COLOR = '#f08c00';
const DIMMED_NODE_COLOR = '#dee2e6';
const DIMMED_EDGE_COLOR = '#eef0f3';
/** Sigma's label grid keeps one label per cell, and a faded neighbour may hold the cell: below this, playback labels every node shown. */
const REVEAL_LABELS_LIMIT = 300;
/**
 * Up to this many nodes, every node asks for its label and the placement decides, largest first,
 * which fit: the hubs are named before the nodes around them. Above it, sigma's label grid picks
 * the candidates (about one per hundred pixels square, as dense as a frame can afford to draw on
 * every camera move), and the largest nodes are always among them.
 */
const ALL_LABELLED_LIMIT = 300;
const HUBS_LABELLED = 40;
/** What "what changed" adds is drawn on top, with a halo; the relations it adds stand out in this colour. */
export const NEW_EDGE_COLOR = '#1971c2';

/** What the reducers read. Mutated by the canvas effects, each followed by a refresh. */
export class RenderState {
  focus: FocusSets = EMPTY_FOCUS;
  path: FocusSets = EMPTY_FOCUS;
  /** Playback: what has appeared so far; everything else is faded. Null when no playback is on. */
  reveal: FocusSets | null = null;
  /** "What changed": the entities and relations the later moment adds, drawn on top of the rest. */
  emphasis: FocusSets = EMPTY_FOCUS;
  /** Every node's size is multiplied by this: see sizeScale(). */
  sizeScale = 1;
  /** How an edge with nothing to say is drawn: fainter on a large graph, where thousands of them would grey the picture. */
  plainEdge = { color: EDGE_COLOR, size: 1.2 };
  /** The hovered and the selected node: their labels are placed first, in full, and drawn on top. */
  hovered: string | null = null;
  selected: string | null = null;

  constructor(
    /** Per node, its canvas label in each language (precomputed: reducers only look up). */
    private readonly labels: Map<string, Record<Lang, CanvasLabel>>,
    public lang: Lang,
    /** What the filter keeps; null when it keeps everything. */
    public visible: Kept | null,
    public dim: boolean,
    /** The nodes that always ask for a label (null: every node): see alwaysLabelled(). */
    readonly labelled: ReadonlySet<string> | null = null,
  ) {}

  label(node: string): string | undefined {
    return this.labels.get(node)?.[this.lang].text;
  }

  /** The node's acronym, drawn where its name has no room. */
  shortLabel(node: string): string | undefined {
    return this.labels.get(node)?.[this.lang].short;
  }

  /** Sets the focus (and who has it) and returns the previous one, for a partial refresh of the difference. */
  swapFocus(focus: FocusSets, hovered: string | null = null, selected: string | null = null): FocusSets {
    const before = this.focus;
    Object.assign(this, { focus, hovered, selected });
    return before;
  }

  swapPath(path: FocusSets): FocusSets {
    const before = this.path;
    this.path = path;
    return before;
  }

  swapEmphasis(emphasis: FocusSets): FocusSets {
    const before = this.emphasis;
    this.emphasis = emphasis;
    return before;
  }

  swapReveal(reveal: FocusSets | null): FocusSets | null {
    const before = this.reveal;
    this.reveal = reveal;
    return before;
  }

  /** Sets what changes every element's look; true when anything changed (a full refresh is due). */
  setAppearance(lang: Lang, visible: Kept | null, dim: boolean): boolean {
    const changed = this.lang !== lang || this.visible !== visible || this.dim !== dim;
    Object.assign(this, { lang, visible, dim });
    return changed;
  }

  isFocused(): boolean {
    return this.focus.nodes.size > 0 || this.path.nodes.size > 0;
  }
}

/** The nodes whose labels are always candidates: every node of a small graph, the largest of a large one. */
export function alwaysLabelled(graph: KnowledgeGraph): ReadonlySet<string> | null {
  if (graph.order <= ALL_LABELLED_LIMIT) return null;
  const hubs: { node: string; size: number }[] = [];
  graph.forEachNode((node, attrs) => {
    if (hubs.length < HUBS_LABELLED || attrs.size > (hubs.at(-1)?.size ?? 0)) {
      hubs.push({ node, size: attrs.size });
      hubs.sort((a, b) => b.size - a.size);
      if (hubs.length > HUBS_LABELLED) hubs.pop();
    }
  });
  return new Set(hubs.map((h) => h.node));
}

/** Above this many edges, the edges that are not highlighted are drawn fainter and thinner. */
const MANY_EDGES = 5000;

export function plainEdgeLook(edges: number): { color: string; size: number } {
  return edges > MANY_EDGES ? { color: '#dde1e6', size: 0.5 } : { color: EDGE_COLOR, size: 1.2 };
}

/** The canvas the sizes were chosen for (the canvas of a 1440 × 900 window), and the share of it discs may cover at most. */
const REFERENCE_AREA = 750 * 630;
const MAX_COVERAGE = 0.2;
const MIN_SCALE = 0.05;

/**
 * How much to scale the nodes' sizes so the picture reads at a glance on this canvas: smaller on a
 * small canvas (the discs keep their share of it), and smaller for many nodes, so that all the
 * discs together cover at most a fifth of the canvas (20,000 nodes at the sizes that suit 70 would
 * make one solid disc). Computed once, before the first frame.
 */
export function sizeScale(graph: KnowledgeGraph, width: number, height: number): number {
  const area = Math.max(width * height, 1);
  let discs = 0;
  graph.forEachNode((_n, attrs) => void (discs += Math.PI * attrs.size * attrs.size));
  const forCanvas = Math.min(1, Math.sqrt(area / REFERENCE_AREA));
  const forCount = discs > 0 ? Math.sqrt((MAX_COVERAGE * area) / discs) : 1;
  return Math.max(MIN_SCALE, Math.min(forCanvas, forCount));
}

/** Whether playback labels every node it has shown (a change of answer changes every shown node's look). */
export function revealLabelled(reveal: FocusSets | null): boolean {
  return reveal !== null && reveal.nodes.size <= REVEAL_LABELS_LIMIT;
}

export function reduceNode(state: RenderState, node: string, data: NodeAttributes): Partial<NodeDisplayData> {
  const display: Partial<NodeDisplayData> = { ...data, size: data.size * state.sizeScale, label: state.label(node) ?? data.labels[state.lang] };
  if (state.visible && !state.visible.nodes.has(node)) {
    if (!state.dim) return { ...display, hidden: true };
    display.color = DIMMED_NODE_COLOR;
    display.label = null;
  }
  if (state.reveal && !state.reveal.nodes.has(node)) {
    // Not there yet in playback: faded where it will appear, so positions stay put.
    display.color = DIMMED_NODE_COLOR;
    display.label = null;
    return display;
  }
  // What playback has shown so far keeps its names when there are few enough to read; placement drops those with no room.
  if (state.labelled === null || state.labelled.has(node) || revealLabelled(state.reveal)) display.forceLabel = true;
  if (state.focus.nodes.has(node) || state.path.nodes.has(node) || state.emphasis.nodes.has(node)) display.highlighted = true;
  return display;
}

export function reduceEdge(state: RenderState, edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> {
  if (state.visible && !state.visible.edges.has(edge)) {
    return state.dim ? { label: null, color: DIMMED_EDGE_COLOR, size: 0.8 } : { hidden: true };
  }
  if (state.reveal && !state.reveal.edges.has(edge)) return { label: null, color: DIMMED_EDGE_COLOR, size: 0.8 };
  if (state.path.edges.has(edge)) return { label: phraseAlone(data.labels[state.lang]), color: PATH_COLOR, size: 4, forceLabel: true };
  // Only focused edges are labelled: on a dense graph, every label at once is unreadable.
  if (state.focus.edges.has(edge)) return { label: phraseAlone(data.labels[state.lang]), color: FOCUS_EDGE_COLOR, size: 3, forceLabel: true };
  if (state.emphasis.edges.has(edge)) return { label: null, color: NEW_EDGE_COLOR, size: 2.5 };
  return { label: null, ...state.plainEdge };
}
